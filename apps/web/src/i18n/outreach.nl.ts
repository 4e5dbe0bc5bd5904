/** Reaching people outside the app (e-mail); `outreach.en.ts` has the same keys. */
export const outreachNl = {
  outreach: {
    heading: 'Berichten buiten de app',
    intro:
      'Spiegel kan je een mail sturen als er iets voor je is. Je kiest zelf wat en hoe vaak. In een mail staat nooit wat iemand schreef: alleen dat er iets is, en waar.',
    saving: 'Bezig met opslaan…',
    email: {
      label: 'Je e-mailadres',
      changeLabel: 'Ander e-mailadres',
      hint: 'We sturen eerst een mail met een link. Pas als je die opent, sturen we je berichten.',
      submit: 'Adres opslaan',
      remove: 'Adres verwijderen',
      none: 'Je hebt nog geen e-mailadres opgegeven. Dat hoeft ook niet.',
      waiting:
        'We hebben een mail gestuurd naar {{address}}. Open de link daarin om het adres te bevestigen.',
      verified: 'Mails gaan naar {{address}}.',
      bounced:
        'Mails naar {{address}} kwamen niet aan. Kijk of het adres klopt en sla het opnieuw op; dan sturen we een nieuwe link.',
      invalid: 'Dit lijkt geen e-mailadres. Kijk nog eens of het klopt, bijvoorbeeld naam@voorbeeld.nl.',
      verifiedNow: 'Dank je. Je e-mailadres is bevestigd.',
      linkInvalid: 'Deze link werkt niet (meer). Sla je adres opnieuw op voor een nieuwe link.',
    },
    prefs: {
      heading: 'Wat wil je per mail of als melding krijgen?',
      intro:
        'Vink aan wat je per mail of als melding op je apparaten wilt krijgen. In de app zie je alles hoe dan ook.',
      introUnverified: 'Je kunt alvast kiezen. Mails gaan pas weg als je e-mailadres bevestigd is.',
      byEmail: 'Per mail',
      frequency: 'Hoe vaak',
      quietHeading: 'Rustige uren',
      quietHint: 'In deze uren sturen we niets; wat er is, wacht tot daarna.',
      quietFrom: 'Vanaf',
      quietTo: 'Tot',
      crisisAlways: 'Crisismeldingen toch meteen sturen, ook in mijn rustige uren',
      submit: 'Keuzes opslaan',
      saved: 'Je keuzes zijn opgeslagen.',
      consentedAt: 'Je hebt deze keuzes gemaakt op {{date}}.',
    },
    kinds: {
      herkenning: 'Herkenning en reacties op jouw verhalen',
      mentor: 'Mentorcontact',
      checkin: 'Een berichtje na afloop van je traject',
      trajecten: 'Trajecten en bijeenkomsten',
      crisis: 'Crisismeldingen (voor begeleiders)',
      community: 'Nieuws uit je groepen',
    },
    kindHints: {
      herkenning: 'Als iemand zich herkent in wat jij deelde, of erop reageert.',
      mentor: 'Vragen en antwoorden over mentorcontact.',
      checkin: 'Als je begeleider of mentor wil weten hoe het gaat.',
      trajecten:
        'Uitnodigingen, een herinnering de dag vóór een bijeenkomst (met agenda-bijlage) en het einde van een traject.',
      crisis: 'Als iemand iets schrijft dat op een crisis kan wijzen.',
      community: 'Bijvoorbeeld als je aan een groep bent toegevoegd.',
    },
    frequencies: { direct: 'Meteen', daily: 'Eén keer per dag, samen', weekly: 'Eén keer per week, samen' },
    statuses: {
      queued: 'wacht',
      retrying: 'wordt opnieuw geprobeerd',
      sent: 'verstuurd',
      failed: 'niet gelukt',
      skipped: 'overgeslagen',
    },
    admin: {
      heading: 'E-mails',
      intro: 'Wat er wacht of niet lukte. Wat iemand schreef staat hier nooit.',
      loading: 'E-mails laden…',
      summary: '{{backlog}} wachten, {{failed}} niet gelukt.',
      delivery: 'Aan {{name}}: {{status}} (pogingen: {{attempts}})',
      caughtHeading: 'Verstuurde mails (demo)',
      caughtIntro:
        'Zonder mailserver (SMTP_URL) vangt Spiegel zijn mails zelf op en laat ze hier zien, zodat je kunt zien wat mensen zouden krijgen.',
      noMails: 'Nog geen mails.',
      mailFrame: 'Mail: {{subject}}',
      plainText: 'Als platte tekst',
    },
  },
};
