/** The coding workbench and coding rounds (issue 17 item 6); `coding.nl.ts` has the same keys. */
export const codingEn = {
  coding: {
    page: {
      title: 'Phase coding',
      heading: 'Code messages',
      intro:
        'Help check whether Spiegel recognises the phases well. You see one message at a time, without name, group or the label Spiegel chose. Choose the phase you recognise in it. There is no right or wrong: two people code each message, independently.',
    },
    progressHeading: 'Your progress',
    progress: '{{name}}: {{done}} of {{total}} coded',
    nothing: 'There are no messages waiting for you to code.',
    allDone: 'You have coded all messages. Thank you!',
    textHeading: 'Message {{n}} of {{total}}',
    legend: 'Which phase do you recognise in this message?',
    labels: { geen: 'No phase', onbekend: "Don't know" },
    hints: {
      geen: 'This message shows none of the five phases.',
      onbekend: 'You are too unsure to choose; it does not count in the figures.',
    },
    chooseFirst: 'Choose a phase, "no phase" or "don\'t know" first.',
    save: 'Save and next',
    saving: 'Saving…',
    blind:
      'You do not see who wrote this, nor what Spiegel or the other coder chose. You never get your own messages.',
    start: {
      heading: 'New coding round',
      intro:
        'Spiegel draws messages at random from the groups (never from one-to-one conversations, hidden messages or messages with crisis language), only from people who consented to research on the phase tags of their messages. Each message goes to two facilitators or mentors who may read the group and did not write it.',
      name: 'Name of the round',
      size: 'Number of messages',
      sizeHint: 'Between {{min}} and {{max}}.',
      submit: 'Start round',
      starting: 'Working…',
      done: '{{n}} messages shared among {{coders}} coders.',
    },
    studies: {
      heading: 'Coding rounds',
      intro: 'Per round: how many messages, how many both coders coded, and the agreement figures.',
      none: 'There is no coding round yet.',
      line: 'Started {{date}} · {{items}} messages · {{complete}} fully coded · {{coders}} coders',
      show: 'Show figures',
      hide: 'Hide figures',
      export: 'Download codes (CSV)',
    },
    studiesPage: {
      title: 'Phase coding',
      heading: 'Phase coding: the phase model checked by people',
      intro:
        'Facilitators and mentors code a sample of messages blind. This shows how well people agree and how well Spiegel recognises the phases.',
      toWorkbench: 'To my messages to code',
    },
    results: {
      coded:
        '{{coded}} messages coded by both coders; in {{unsure}} someone chose "don\'t know"; they agreed on {{agreed}}.',
      interRater: 'Agreement between coders:',
      classifier: 'Spiegel against the joint judgement:',
      kappa: 'κ = {{kappa}} (95% confidence interval {{ci}}), {{band}}; {{n}} messages.',
      noKappa: 'cannot be computed yet.',
      table: 'Spiegel against people, per phase',
      cols: {
        phase: 'Phase',
        people: 'According to people',
        spiegel: 'According to Spiegel',
        precision: 'Precision (95% CI)',
        recall: 'Found (95% CI)',
        kappa: 'κ this phase (95% CI)',
      },
      method:
        "Cohen's κ with Cohen's standard error; bands after Landis & Koch (1977). Per phase: only messages both coders agreed on; precision = share of Spiegel's labels people confirm, found = share of that phase's messages Spiegel labelled so, with Wilson intervals (Newcombe 1998). Figures, not a judgement of people.",
    },
    bands: {
      slecht: 'poor',
      gering: 'slight',
      redelijk: 'fair',
      matig: 'moderate',
      substantieel: 'substantial',
      bijna_perfect: 'almost perfect',
    },
    disagreements: {
      show: 'Discuss differences',
      none: 'The coders agreed everywhere.',
      line: 'Message {{id}}: coder A {{first}}, coder B {{second}}, Spiegel {{spiegel}}',
      noText: 'Text not visible: you are not a member of this group.',
    },
    reportLink: {
      heading: 'Phase coding',
      text: 'Check with colleagues and mentors whether Spiegel recognises the phases well.',
      link: 'To the coding rounds',
    },
    mentorLink: {
      heading: 'Help check the phase model',
      text: 'As a mentor you can code messages from your groups: which phase do you recognise?',
      link: 'Code messages',
    },
  },
};
