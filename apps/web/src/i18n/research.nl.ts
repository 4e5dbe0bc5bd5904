/** Research mode (vragenlijst, onderzoekstoestemming, Herstel gemeten, export); `research.en.ts` has the same keys. */
export const researchNl = {
  research: {
    moments: {
      t0: 'Bij de start',
      herkenning: 'Na je eerste herkenning',
      einde: 'Aan het einde',
      plus1m: 'Een maand na het einde',
      plus3m: 'Drie maanden na het einde',
    },
    mine: {
      heading: 'Korte vragenlijst over hoe het met je gaat',
      intro:
        'Op een paar momenten vragen we je 14 korte vragen te beantwoorden over hoe je je de afgelopen maand voelde. Zo zie je zelf hoe het met je gaat in de loop van de tijd. Invullen mag, overslaan ook. Je antwoorden zijn van jou.',
      noTexts:
        'De vragen van deze vragenlijst moeten nog door je instelling worden ingevuld. Tot die tijd kun je hem niet beantwoorden.',
      noneDue: 'Er staat nu geen vragenlijst voor je klaar.',
      openUntil: 'Open tot {{date}}',
      answer: 'Invullen',
      skip: 'Overslaan',
      skipped: 'Overgeslagen. Dat is helemaal goed.',
      stop: 'Ik wil geen vragenlijsten meer',
      restart: 'Toch weer vragenlijsten krijgen',
      stopped:
        'Je hebt aangegeven dat je geen vragenlijsten meer wilt. Je krijgt er geen meer, ook geen herinnering.',
    },
    scores: {
      heading: 'Jouw antwoorden door de tijd',
      intro:
        'Het getal is het gemiddelde van je antwoorden: 0 betekent "nooit", 5 betekent "elke dag" een goed gevoel. Het zegt iets over hoe je je voelde, niet over wie je bent.',
      line: '{{moment}} ({{date}}): gemiddeld {{score}} van 5.',
      higher: 'Dat is hoger dan bij het eerste moment.',
      lower: 'Dat is lager dan bij het eerste moment.',
      same: 'Dat is ongeveer gelijk aan het eerste moment.',
      note: 'Alleen jij ziet deze getallen. Wil je erover praten? Je begeleider denkt graag met je mee.',
    },
    consent: {
      heading: 'Meedoen aan onderzoek',
      intro:
        'Spiegel hoort bij een onderzoek naar herkenning en herstel. Meedoen is vrijwillig en staat los van je deelname aan de groep. Onderzoekers krijgen nooit je naam of wat je schreef: alleen een willekeurige code en de gegevens die je hieronder kiest. Je kunt je toestemming altijd intrekken; dan zit je niet meer in latere exports.',
      letter: 'Informatiebrief versie {{version}}',
      current: 'Je gaf toestemming op {{date}} (informatiebrief {{version}}).',
      withdrawnOn: 'Je hebt je toestemming ingetrokken op {{date}}.',
      legend: 'Wat mogen onderzoekers gebruiken?',
      kinds: {
        answers: 'Mijn antwoorden op de vragenlijst',
        phaseTimeline:
          'Mijn tijdlijn: wanneer ik voor het eerst iets deelde per fase en wanneer ik herkenning gaf of kreeg',
        phaseTags: 'De fase-labels van mijn berichten (nooit de berichten zelf)',
      },
      save: 'Keuze opslaan',
      withdraw: 'Toestemming intrekken',
      saved: 'Je keuze is opgeslagen.',
      withdrawn: 'Je toestemming is ingetrokken. Je zit niet meer in latere exports.',
    },
    form: {
      title: 'Vragenlijst',
      heading: 'Vragenlijst: {{moment}}',
      notOpen: 'Deze vragenlijst staat nu niet open.',
      back: 'Terug naar Mijn pad',
      missing: 'Nog niet alle vragen hebben een antwoord. De eerste open vraag is gemarkeerd.',
      submit: 'Antwoorden versturen',
      sending: 'Bezig met versturen…',
      later: 'Later',
      source: 'Vragenlijst: MHC-SF. {{citation}}',
    },
    herstel: {
      heading: 'Herstel gemeten',
      intro:
        'Verandering in de MHC-SF (gemiddelde van 14 vragen, 0 tot 5) vanaf de start, voor mensen die herkenning gaven of kregen en voor mensen bij wie dat (nog) niet gebeurde. Alleen van mensen die toestemming gaven voor onderzoek met hun antwoorden.',
      groups: { herkenning: 'Met herkenning', 'geen-herkenning': 'Zonder herkenning' },
      to: { einde: 'tot het einde', plus3m: 'tot drie maanden na het einde' },
      sentence: {
        up: '{{who}}, {{to}}: {{n}} mensen, gemiddeld {{mean}} hoger (95 %-betrouwbaarheidsinterval {{low}} tot {{high}}).',
        down: '{{who}}, {{to}}: {{n}} mensen, gemiddeld {{mean}} lager (95 %-betrouwbaarheidsinterval {{low}} tot {{high}}).',
        same: '{{who}}, {{to}}: {{n}} mensen, gemiddeld ongeveer gelijk (95 %-betrouwbaarheidsinterval {{low}} tot {{high}}).',
      },
      tooFew: '{{who}}, {{to}}: minder dan 5 mensen, daarom tonen we geen cijfers.',
      table: 'Verandering in de MHC-SF per groep',
      cols: { group: 'Groep', to: 'Periode', mean: 'Gemiddelde verandering', ci: '95 %-interval' },
      note: 'Dit zijn metingen, geen oorzaken: een verschil tussen de groepen laat niet zien dat herkenning het herstel veroorzaakte. Groepen van minder dan 5 mensen tonen we niet.',
    },
    page: {
      title: 'Onderzoek',
      heading: 'Onderzoek',
      intro:
        'Hier vind je de gemeten verandering en de gepseudonimiseerde export. Je ziet geen ruimtes, berichten of namen: alleen gegevens van mensen die toestemming gaven.',
      exportHeading: 'Export voor onderzoek',
      exportIntro:
        'Per deelnemer met toestemming: een willekeurige studiecode, een code per traject, de fase-tijdlijn, aantallen per week en scores per meetmoment, zoals die deelnemer toestond. Nooit teksten of namen. Groepen kleiner dan 5 worden samengevoegd of weggelaten. Elke export komt in het auditlog.',
      export: 'Export maken',
      exporting: 'Bezig met de export…',
      ready: 'Export klaar: {{n}} rijen, {{suppressed}} weggelaten om groepen van minstens {{k}} te houden.',
      downloadData: 'Gegevens downloaden (JSON)',
      downloadCodebook: 'Codeboek downloaden (CSV)',
      downloadSchema: 'JSON-schema downloaden',
    },
  },
  researchNav: { research: 'Onderzoek' },
};
