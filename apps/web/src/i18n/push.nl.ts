/** Web push and the installable app; `push.en.ts` has the same keys. */
export const pushNl = {
  pwa: {
    waiting: 'Spiegel gaat verder zodra er weer verbinding is.',
    offline: 'Je bent offline — je berichten worden verstuurd zodra er weer verbinding is.',
  },
  push: {
    heading: 'Meldingen op dit apparaat',
    intro:
      'Spiegel kan een melding op je telefoon of computer laten zien, ook als de app dicht is. In een melding staat nooit wat iemand schreef: alleen dat er iets is, en waar. Per soort kies je hieronder of je een melding wilt.',
    enable: 'Meldingen op dit apparaat aanzetten',
    enabling: 'Bezig met aanzetten…',
    disable: 'Meldingen op dit apparaat uitzetten',
    on: 'Meldingen staan aan op dit apparaat.',
    enabledNow: 'Meldingen staan nu aan op dit apparaat.',
    unsupported:
      'Deze browser kan geen meldingen ontvangen. Op een iPhone of iPad: zet Spiegel eerst op je beginscherm (Deel → Zet op beginscherm) en open het daar.',
    denied:
      'Je browser laat geen meldingen van Spiegel toe. Dat kun je veranderen in de instellingen van je browser, bij de site-instellingen.',
    dismissed: 'Je hebt geen toestemming gegeven. Dat is goed; je kunt het later nog aanzetten.',
    notReady:
      'Meldingen werken pas als Spiegel helemaal geladen is. Laad de pagina opnieuw en probeer het nog eens.',
    failed: 'Het aanzetten is niet gelukt. Probeer het later nog eens.',
    devices: 'Apparaten met meldingen',
    noDevices: 'Nog geen apparaten.',
    thisDevice: '(dit apparaat)',
    since: 'sinds {{date}}',
    remove: 'Verwijderen',
    removeLabel: 'Meldingen op {{label}} verwijderen',
    unnamed: 'Apparaat',
    byPush: 'Als melding op je apparaten',
  },
};
