/** Session reminders, the personal calendar feed and zwart-gat check-ins; `reminders.en.ts` has the same keys. */
export const remindersNl = {
  calendarFeed: {
    heading: 'Je bijeenkomsten in je eigen agenda',
    intro:
      'Met een geheime link zet je de bijeenkomsten van jouw trajecten in je agenda (Google, Outlook, Apple). Je agenda haalt ze zelf op; er staan alleen de titel en de tijd in.',
    none: 'Je hebt nog geen agendalink.',
    active:
      'Je hebt een agendalink sinds {{date}}. Kwijt, of met iemand gedeeld? Maak een nieuwe; de oude werkt dan niet meer.',
    create: 'Agendalink maken',
    renew: 'Nieuwe link maken',
    remove: 'Link uitzetten',
    working: 'Bezig…',
    urlLabel: 'Je agendalink',
    urlHint:
      'Kopieer deze link nu en voeg hem in je agenda toe als "agenda via internet" of "abonneren". Je ziet hem hier maar één keer.',
    copy: 'Kopiëren',
    copied: 'Gekopieerd.',
    copyFailed: 'Kopiëren lukte niet; de link is geselecteerd, kopieer hem zelf.',
    reminderNote:
      'Een dag vóór elke bijeenkomst krijg je een herinnering per mail of pushbericht, als je bij "Trajecten en bijeenkomsten" daarvoor hebt gekozen.',
  },
  checkin: {
    button: 'Berichtje sturen',
    title: 'Een berichtje voor {{name}}',
    intro:
      '{{name}} gaf toestemming om na het traject contact op te nemen. Je bericht komt in jullie gesprek in Spiegel.',
    channelsEmail:
      'Omdat {{name}} dat zo koos, krijgt {{name}} ook een mail dat er een bericht van jou is. In die mail staat alleen jouw naam en een link, niet wat je schreef.',
    channelsPush:
      'Omdat {{name}} dat zo koos, krijgt {{name}} ook een pushbericht dat er een bericht van jou is: alleen dat, niet wat je schreef.',
    channelsEmailPush:
      'Omdat {{name}} dat zo koos, krijgt {{name}} ook een mail en een pushbericht dat er een bericht van jou is. Daarin staat alleen jouw naam en een link, niet wat je schreef.',
    channelsNone:
      '{{name}} krijgt geen mail of pushbericht; het bericht staat in Spiegel klaar voor als {{name}} weer kijkt.',
    suggestionsLabel: 'Voorstellen om mee te beginnen',
    suggestionsHint:
      'Kies er een en pas hem aan zoals jij het zou zeggen. Schrijf niets over gezondheid of zorgen die {{name}} niet zelf deelde.',
    use: 'Gebruik dit voorstel',
    bodyLabel: 'Je bericht',
    bodyInvalid: 'Schrijf een bericht van hooguit 1000 tekens.',
    submit: 'Versturen',
    sent: 'Je berichtje aan {{name}} is verstuurd.',
    loading: 'Voorstellen laden…',
    mentorButton: 'Even inchecken',
    mentorIntro:
      'Je bericht komt in jullie gesprek in Spiegel. Of {{name}} daarvan ook een mail of pushbericht krijgt, kiest {{name}} zelf; daarin staat alleen jouw naam en een link, nooit wat je schreef.',
    mentorSuggestionsHint:
      'Kies er een en zeg het zoals jij het zou zeggen. Je hoeft niets op te lossen: laten weten dat je aan {{name}} denkt is genoeg.',
  },
};
