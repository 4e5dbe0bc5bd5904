import type { outreachNl } from './outreach.nl';

export const outreachEn: typeof outreachNl = {
  outreach: {
    heading: 'Messages outside the app',
    intro:
      'Spiegel can send you an e-mail when there is something for you. You choose what and how often. A mail never says what anyone wrote: only that there is something, and where.',
    saving: 'Saving…',
    email: {
      label: 'Your e-mail address',
      changeLabel: 'Another e-mail address',
      hint: 'We first send a mail with a link. Only after you open it do we send you anything.',
      submit: 'Save address',
      remove: 'Remove address',
      none: 'You have not given an e-mail address. You do not have to.',
      waiting: 'We sent a mail to {{address}}. Open the link in it to confirm the address.',
      verified: 'Mails go to {{address}}.',
      bounced:
        'Mails to {{address}} did not arrive. Check the address and save it again; we will send a new link.',
      invalid: 'This does not look like an e-mail address. Please check it, for example name@example.org.',
      verifiedNow: 'Thank you. Your e-mail address is confirmed.',
      linkInvalid: 'This link does not work (any more). Save your address again for a new link.',
    },
    prefs: {
      heading: 'What would you like by e-mail or as a notification?',
      intro:
        'Tick what you would like by e-mail or as a notification on your devices. You see everything in the app either way.',
      introUnverified: 'You can choose now. Mails only go out once your address is confirmed.',
      byEmail: 'By e-mail',
      frequency: 'How often',
      quietHeading: 'Quiet hours',
      quietHint: 'We send nothing in these hours; whatever there is waits until after.',
      quietFrom: 'From',
      quietTo: 'Until',
      crisisAlways: 'Send crisis alerts right away anyway, also in my quiet hours',
      submit: 'Save choices',
      saved: 'Your choices are saved.',
      consentedAt: 'You made these choices on {{date}}.',
    },
    kinds: {
      herkenning: 'Recognition and replies to your stories',
      mentor: 'Mentoring',
      checkin: 'A message after your traject ended',
      trajecten: 'Trajecten and sessions',
      crisis: 'Crisis alerts (for facilitators)',
      community: 'News from your groups',
    },
    kindHints: {
      herkenning: 'When someone recognises themselves in what you shared, or replies to it.',
      mentor: 'Requests and answers about mentoring.',
      checkin: 'When your facilitator or mentor would like to know how you are.',
      trajecten:
        'Invitations, a reminder the day before a session (with a calendar attachment) and the end of a traject.',
      crisis: 'When someone writes something that may point to a crisis.',
      community: 'For example when you were added to a group.',
    },
    frequencies: { direct: 'Right away', daily: 'Once a day, together', weekly: 'Once a week, together' },
    statuses: {
      queued: 'waiting',
      retrying: 'being retried',
      sent: 'sent',
      failed: 'failed',
      skipped: 'skipped',
    },
    admin: {
      heading: 'E-mails',
      intro: 'What is waiting or failed. What anyone wrote is never shown here.',
      loading: 'Loading e-mails…',
      summary: '{{backlog}} waiting, {{failed}} failed.',
      delivery: 'To {{name}}: {{status}} (attempts: {{attempts}})',
      caughtHeading: 'Sent mails (demo)',
      caughtIntro:
        'Without a mail server (SMTP_URL) Spiegel catches its own mails and shows them here, so you can see what people would get.',
      noMails: 'No mails yet.',
      mailFrame: 'Mail: {{subject}}',
      plainText: 'As plain text',
    },
  },
};
