/** Session reminders, the personal calendar feed and zwart-gat check-ins; `reminders.nl.ts` has the same keys. */
export const remindersEn = {
  calendarFeed: {
    heading: 'Your sessions in your own calendar',
    intro:
      'With a secret link you put the sessions of your trajecten in your calendar (Google, Outlook, Apple). Your calendar fetches them itself; they hold only the title and the time.',
    none: 'You have no calendar link yet.',
    active:
      'You have had a calendar link since {{date}}. Lost it, or shared it with someone? Make a new one; the old one then stops working.',
    create: 'Make a calendar link',
    renew: 'Make a new link',
    remove: 'Turn the link off',
    working: 'Working…',
    urlLabel: 'Your calendar link',
    urlHint:
      'Copy this link now and add it to your calendar as "calendar from URL" or "subscribe". It is shown here only once.',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'Copying did not work; the link is selected, copy it yourself.',
    reminderNote:
      'The day before each session you get a reminder by e-mail or push notification, if you chose so for "Trajecten and sessions".',
  },
  checkin: {
    button: 'Send a short message',
    title: 'A short message for {{name}}',
    intro:
      '{{name}} agreed to be contacted after the traject. Your message goes into your conversation in Spiegel.',
    channelsEmail:
      'Because {{name}} chose so, {{name}} also gets an e-mail that there is a message from you. That e-mail holds only your name and a link, not what you wrote.',
    channelsPush:
      'Because {{name}} chose so, {{name}} also gets a push notification that there is a message from you: only that, not what you wrote.',
    channelsEmailPush:
      'Because {{name}} chose so, {{name}} also gets an e-mail and a push notification that there is a message from you, with only your name and a link, not what you wrote.',
    channelsNone:
      '{{name}} gets no e-mail or push message; the message waits in Spiegel for when {{name}} looks again.',
    suggestionsLabel: 'Suggestions to start from',
    suggestionsHint:
      'Pick one and change it to how you would say it. Write nothing about health or worries {{name}} did not share themselves.',
    use: 'Use this suggestion',
    bodyLabel: 'Your message',
    bodyInvalid: 'Write a message of at most 1000 characters.',
    submit: 'Send',
    sent: 'Your message to {{name}} has been sent.',
    loading: 'Loading suggestions…',
    mentorButton: 'Check in',
    mentorIntro:
      'Your message goes into your conversation in Spiegel. Whether {{name}} also gets an e-mail or push notification about it is up to {{name}}; it would hold only your name and a link, never what you wrote.',
    mentorSuggestionsHint:
      "Pick one and say it the way you would. You don't have to solve anything: letting {{name}} know you are thinking of them is enough.",
  },
};
