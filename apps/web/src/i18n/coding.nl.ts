/** The coding workbench and coding rounds (issue 17 item 6); `coding.en.ts` has the same keys. */
export const codingNl = {
  coding: {
    page: {
      title: 'Fasecodering',
      heading: 'Berichten coderen',
      intro:
        'Help te toetsen of Spiegel de fasen goed herkent. Je ziet steeds één bericht, zonder naam, groep of het label dat Spiegel koos. Kies de fase die jij erin herkent. Er is geen goed of fout: twee mensen coderen elk bericht, los van elkaar.',
    },
    progressHeading: 'Jouw voortgang',
    progress: '{{name}}: {{done}} van {{total}} gecodeerd',
    nothing: 'Er staan geen berichten voor je klaar om te coderen.',
    allDone: 'Je hebt alle berichten gecodeerd. Dank je wel!',
    textHeading: 'Bericht {{n}} van {{total}}',
    legend: 'Welke fase herken je in dit bericht?',
    labels: { geen: 'Geen fase', onbekend: 'Weet ik niet' },
    hints: {
      geen: 'Dit bericht laat geen van de vijf fasen zien.',
      onbekend: 'Je twijfelt te veel om te kiezen; het telt niet mee in de cijfers.',
    },
    chooseFirst: 'Kies eerst een fase, "geen fase" of "weet ik niet".',
    save: 'Opslaan en volgende',
    saving: 'Bezig met opslaan…',
    blind:
      'Je ziet niet wie dit schreef en niet wat Spiegel of de andere codeur koos. Je eigen berichten krijg je nooit.',
    start: {
      heading: 'Nieuwe codeerronde',
      intro:
        'Spiegel kiest willekeurig berichten uit de groepen (nooit uit gesprekken met twee, nooit verborgen berichten of berichten met crisistaal), alleen van mensen die toestemming gaven voor onderzoek naar de fase-labels van hun berichten. Elk bericht gaat naar twee begeleiders of mentoren die de groep mogen lezen en het niet zelf schreven.',
      name: 'Naam van de ronde',
      size: 'Aantal berichten',
      sizeHint: 'Tussen {{min}} en {{max}}.',
      submit: 'Ronde starten',
      starting: 'Bezig…',
      done: '{{n}} berichten verdeeld over {{coders}} codeurs.',
    },
    studies: {
      heading: 'Codeerrondes',
      intro:
        'Per ronde: hoeveel berichten, hoeveel door beide codeurs zijn gecodeerd, en de cijfers over overeenstemming.',
      none: 'Er is nog geen codeerronde.',
      line: 'Gestart {{date}} · {{items}} berichten · {{complete}} volledig gecodeerd · {{coders}} codeurs',
      show: 'Cijfers bekijken',
      hide: 'Cijfers verbergen',
      export: 'Codes downloaden (CSV)',
    },
    studiesPage: {
      title: 'Fasecodering',
      heading: 'Fasecodering: het fasemodel getoetst door mensen',
      intro:
        'Begeleiders en mentoren coderen blind een steekproef van berichten. Zo zien we hoe goed mensen het eens zijn en hoe goed Spiegel de fasen herkent.',
      toWorkbench: 'Naar mijn berichten om te coderen',
    },
    results: {
      coded:
        '{{coded}} berichten door beide codeurs gecodeerd; bij {{unsure}} koos iemand "weet ik niet"; over {{agreed}} waren ze het eens.',
      interRater: 'Overeenstemming tussen codeurs:',
      classifier: 'Spiegel tegenover het gezamenlijke oordeel:',
      kappa: 'κ = {{kappa}} (95%-betrouwbaarheidsinterval {{ci}}), {{band}}; {{n}} berichten.',
      noKappa: 'nog niet te berekenen.',
      table: 'Spiegel tegenover mensen, per fase',
      cols: {
        phase: 'Fase',
        people: 'Volgens mensen',
        spiegel: 'Volgens Spiegel',
        precision: 'Precisie (95%-BI)',
        recall: 'Gevonden (95%-BI)',
        kappa: 'κ deze fase (95%-BI)',
      },
      method:
        'Cohens κ met Cohens standaardfout; banden volgens Landis & Koch (1977). Per fase: alleen berichten waarover beide codeurs het eens waren; precisie = deel van Spiegels labels dat mensen bevestigen, gevonden = deel van de berichten van die fase dat Spiegel zo labelde, met Wilson-intervallen (Newcombe 1998). Cijfers, geen oordeel over mensen.',
    },
    bands: {
      slecht: 'slecht',
      gering: 'gering',
      redelijk: 'redelijk',
      matig: 'matig',
      substantieel: 'substantieel',
      bijna_perfect: 'bijna perfect',
    },
    disagreements: {
      show: 'Verschillen bespreken',
      none: 'De codeurs waren het overal eens.',
      line: 'Bericht {{id}}: codeur A {{first}}, codeur B {{second}}, Spiegel {{spiegel}}',
      noText: 'Tekst niet zichtbaar: je bent geen lid van deze groep.',
    },
    reportLink: {
      heading: 'Fasecodering',
      text: 'Toets samen met collega’s en mentoren of Spiegel de fasen goed herkent.',
      link: 'Naar de codeerrondes',
    },
    mentorLink: {
      heading: 'Help het fasemodel toetsen',
      text: 'Als mentor kun je berichten uit je groepen coderen: welke fase herken jij erin?',
      link: 'Berichten coderen',
    },
  },
};
