import type { researchNl } from './research.nl';

/** Research mode; the same keys as `research.nl.ts`. */
export const researchEn: typeof researchNl = {
  research: {
    moments: {
      t0: 'At the start',
      herkenning: 'After your first recognition',
      einde: 'At the end',
      plus1m: 'One month after the end',
      plus3m: 'Three months after the end',
    },
    mine: {
      heading: 'A short questionnaire about how you are',
      intro:
        'At a few moments we ask you 14 short questions about how you felt over the past month. That way you can see for yourself how you are doing over time. You may fill it in, or skip it. Your answers are yours.',
      noTexts:
        'Your institution still has to fill in the questions of this questionnaire. Until then you cannot answer it.',
      noneDue: 'There is no questionnaire waiting for you right now.',
      openUntil: 'Open until {{date}}',
      answer: 'Fill in',
      skip: 'Skip',
      skipped: 'Skipped. That is perfectly fine.',
      stop: 'I do not want questionnaires any more',
      restart: 'Get questionnaires again',
      stopped: 'You said you do not want questionnaires any more. You will not get any, nor reminders.',
    },
    scores: {
      heading: 'Your answers over time',
      intro:
        'The number is the average of your answers: 0 means "never", 5 means "every day" a good feeling. It says something about how you felt, not about who you are.',
      line: '{{moment}} ({{date}}): on average {{score}} out of 5.',
      higher: 'That is higher than at the first moment.',
      lower: 'That is lower than at the first moment.',
      same: 'That is about the same as at the first moment.',
      note: 'Only you see these numbers. Would you like to talk about them? Your facilitator is glad to think along.',
    },
    consent: {
      heading: 'Taking part in research',
      intro:
        'Spiegel belongs to a research project on recognition and recovery. Taking part is voluntary and separate from taking part in your group. Researchers never get your name or what you wrote: only a random code and the data you choose below. You can withdraw at any time; you are then left out of later exports.',
      letter: 'Information letter version {{version}}',
      current: 'You consented on {{date}} (information letter {{version}}).',
      withdrawnOn: 'You withdrew your consent on {{date}}.',
      legend: 'What may researchers use?',
      kinds: {
        answers: 'My answers to the questionnaire',
        phaseTimeline:
          'My timeline: when I first shared something per phase, and when I gave or received recognition',
        phaseTags: 'The phase tags of my messages (never the messages themselves)',
      },
      save: 'Save my choice',
      withdraw: 'Withdraw consent',
      saved: 'Your choice is saved.',
      withdrawn: 'Your consent is withdrawn. You are left out of later exports.',
    },
    form: {
      title: 'Questionnaire',
      heading: 'Questionnaire: {{moment}}',
      notOpen: 'This questionnaire is not open right now.',
      back: 'Back to My path',
      missing: 'Not every question has an answer yet. The first open question is marked.',
      submit: 'Send answers',
      sending: 'Sending…',
      later: 'Later',
      source: 'Questionnaire: MHC-SF. {{citation}}',
    },
    herstel: {
      heading: 'Recovery measured',
      intro:
        'Change in the MHC-SF (mean of 14 questions, 0 to 5) from the start, for people who gave or received recognition and for people who did not (yet). Only people who consented to research with their answers.',
      groups: { herkenning: 'With recognition', 'geen-herkenning': 'Without recognition' },
      to: { einde: 'to the end', plus3m: 'to three months after the end' },
      sentence: {
        up: '{{who}}, {{to}}: {{n}} people, on average {{mean}} higher (95% confidence interval {{low}} to {{high}}).',
        down: '{{who}}, {{to}}: {{n}} people, on average {{mean}} lower (95% confidence interval {{low}} to {{high}}).',
        same: '{{who}}, {{to}}: {{n}} people, on average about the same (95% confidence interval {{low}} to {{high}}).',
      },
      tooFew: '{{who}}, {{to}}: fewer than 5 people, so no figures are shown.',
      table: 'Change in the MHC-SF per group',
      cols: { group: 'Group', to: 'Period', mean: 'Mean change', ci: '95% interval' },
      note: 'These are measurements, not causes: a difference between the groups does not show that recognition caused recovery. Groups of fewer than 5 people are not shown.',
    },
    page: {
      title: 'Research',
      heading: 'Research',
      intro:
        'Here are the measured change and the pseudonymised export. You see no rooms, messages or names: only data of people who consented.',
      exportHeading: 'Export for research',
      exportIntro:
        'Per consenting participant: a random study code, a code per traject, the phase timeline, weekly counts and scores per moment, as that participant allowed. Never texts or names. Groups smaller than 5 are merged or left out. Every export is written to the audit log.',
      export: 'Make the export',
      exporting: 'Making the export…',
      ready: 'Export ready: {{n}} rows, {{suppressed}} left out to keep groups of at least {{k}}.',
      downloadData: 'Download data (JSON)',
      downloadCodebook: 'Download codebook (CSV)',
      downloadSchema: 'Download JSON schema',
    },
  },
  researchNav: { research: 'Research' },
};
