/**
 * Crisis cases, staffed hours, the crisis panel's two versions and peers' "Laat weten dat je er bent".
 * Registered in `nl.ts` with one spread; `safety.en.ts` has the same keys.
 */
export const safetyNl = {
  safetyNav: {
    cases: 'Crisismeldingen',
  },
  crisisPanel: {
    watched:
      'Je bericht is verstuurd. Wat je schrijft klinkt zwaar. Een begeleider heeft een seintje gekregen en kijkt nu mee.',
    unwatchedHeading: 'Er kijkt nu niemand van ons mee',
    unwatched:
      'Je bericht is verstuurd en blijft staan, maar op dit moment is er niemand van ons bereikbaar. Een begeleider ziet het zodra die er weer is. Wacht daar niet op als het nu zwaar is:',
  },
  care: {
    beThere: 'Laat weten dat je er bent',
    beThereGiven: 'Je liet weten dat je er bent',
    beThereCount_one: 'Eén persoon liet weten er te zijn',
    beThereCount_other: '{{count}} mensen lieten weten er te zijn',
    informed: 'Een begeleider is op de hoogte.',
    toCases: 'Naar de crisismeldingen',
  },
  signals: {
    markMissed: 'Markeer als gemist signaal',
    markFalse: 'Markeer als vals alarm',
    marked: 'Gemarkeerd. Dank je: zo leert Spiegel beter herkennen wat er speelt.',
  },
  cases: {
    title: 'Crisismeldingen',
    heading: 'Crisismeldingen',
    intro:
      'Berichten die op een crisis kunnen wijzen. Pak een melding op, neem contact op en rond haar af. Wie een melding oppakt, is het aanspreekpunt.',
    active: 'Open en opgepakt',
    closed: 'Afgerond',
    none: 'Er zijn nu geen open meldingen.',
    noneClosed: 'Nog geen afgeronde meldingen.',
    loading: 'Meldingen laden…',
    severity: { concern: 'Zorg', acute: 'Acuut', none: 'Geen' },
    state: {
      open: 'Nog niet opgepakt',
      opgepakt: 'Opgepakt door {{name}}',
      afgerond: 'Afgerond door {{name}}',
    },
    raised: 'Gemeld op {{time}}',
    escalated: 'Doorgezet naar alle begeleiders',
    where: 'In {{room}}',
    whereDirect: 'In een 1-op-1 gesprek',
    by: 'Bericht van {{name}}',
    toMessage: 'Bekijk het bericht',
    pickUp: 'Oppakken',
    contact: 'Contact opnemen',
    release: 'Teruggeven',
    close: 'Afronden',
    closeHeading: 'Melding afronden',
    outcomeLegend: 'Hoe liep het af?',
    outcome: {
      contact_gehad: 'Contact gehad',
      doorverwezen: 'Doorverwezen',
      vals_alarm: 'Vals alarm',
      anders: 'Anders',
    },
    note: 'Korte notitie (alleen voor begeleiders en beheerders)',
    noteHint: 'Wat er gebeurde, zonder het bericht over te nemen. Hoogstens 500 tekens.',
    confirmClose: 'Afronden',
    cancel: 'Annuleren',
    you: 'jou',
    outcomeShown: 'Uitkomst: {{outcome}}',
  },
  staffedHours: {
    heading: 'Wanneer kijkt er iemand mee?',
    intro:
      'Buiten deze tijden krijgt iemand die in nood schrijft te lezen dat er nu niemand meekijkt, met de nummers van 113 en 112. Meldingen blijven wel staan. Tijden in Nederlandse tijd.',
    weekday: 'Dag',
    from: 'Van',
    to: 'Tot',
    remove: 'Verwijder dit tijdvak',
    add: 'Tijdvak toevoegen',
    sessions: 'Bijeenkomsten van trajecten tellen mee',
    save: 'Opslaan',
    saved: 'Opgeslagen.',
    empty: 'Nog geen tijden: er wordt niemand beloofd dat er iemand meekijkt.',
    days: {
      '1': 'maandag',
      '2': 'dinsdag',
      '3': 'woensdag',
      '4': 'donderdag',
      '5': 'vrijdag',
      '6': 'zaterdag',
      '7': 'zondag',
    },
  },
  signalFigures: {
    heading: 'Signalen uit de praktijk',
    intro:
      'Hoe goed Spiegel crisistaal herkent, volgens de markeringen van begeleiders. Een melding die niemand markeerde telt als terecht; een gemist signaal telt alleen als iemand het markeerde.',
    flagged: 'Meldingen',
    falseAlarms: 'Vals alarm',
    missed: 'Gemiste signalen',
    precision: 'Terecht gemeld',
    recall: 'Gevonden van wat bekend is',
    unknown: 'nog niet bekend',
    export: 'Markeringen downloaden:',
    csv: 'CSV',
    json: 'JSON',
  },
};
