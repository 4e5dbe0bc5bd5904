import type { Translations } from './nl';
import type { safetyNl } from './safety.nl';

/** English for `safety.nl.ts`: the same keys (checked by the type and by the i18n test). */
export const safetyEn: Pick<Translations, keyof typeof safetyNl> = {
  safetyNav: {
    cases: 'Crisis alerts',
  },
  crisisPanel: {
    watched:
      'Your message was sent. What you write sounds heavy. A facilitator has been told and is keeping an eye out now.',
    unwatchedHeading: 'Nobody from us is watching right now',
    unwatched:
      'Your message was sent and stays, but nobody from us can be reached at the moment. A facilitator will see it as soon as they are back. Do not wait for that if things are hard now:',
  },
  care: {
    beThere: 'Let them know you are there',
    beThereGiven: 'You let them know you are there',
    beThereCount_one: 'One person let them know they are there',
    beThereCount_other: '{{count}} people let them know they are there',
    informed: 'A facilitator has been told.',
    toCases: 'To the crisis alerts',
  },
  signals: {
    markMissed: 'Mark as missed signal',
    markFalse: 'Mark as false alarm',
    marked: 'Marked. Thank you: this helps Spiegel recognise what is going on.',
  },
  cases: {
    title: 'Crisis alerts',
    heading: 'Crisis alerts',
    intro:
      'Messages that may point to a crisis. Pick an alert up, get in touch and close it. Whoever picks it up is the point of contact.',
    active: 'Open and picked up',
    closed: 'Closed',
    none: 'There are no open alerts now.',
    noneClosed: 'No closed alerts yet.',
    loading: 'Loading alerts…',
    severity: { concern: 'Concern', acute: 'Acute', none: 'None' },
    state: { open: 'Not picked up yet', opgepakt: 'Picked up by {{name}}', afgerond: 'Closed by {{name}}' },
    raised: 'Raised on {{time}}',
    escalated: 'Passed on to all facilitators',
    where: 'In {{room}}',
    whereDirect: 'In a 1:1 conversation',
    by: 'Message from {{name}}',
    toMessage: 'View the message',
    pickUp: 'Pick up',
    contact: 'Get in touch',
    release: 'Give back',
    close: 'Close',
    closeHeading: 'Close the alert',
    outcomeLegend: 'How did it end?',
    outcome: {
      contact_gehad: 'Had contact',
      doorverwezen: 'Referred',
      vals_alarm: 'False alarm',
      anders: 'Other',
    },
    note: 'Short note (for facilitators and admins only)',
    noteHint: 'What happened, without copying the message. At most 500 characters.',
    confirmClose: 'Close',
    cancel: 'Cancel',
    you: 'you',
    outcomeShown: 'Outcome: {{outcome}}',
  },
  staffedHours: {
    heading: 'When is someone watching?',
    intro:
      'Outside these times, someone who writes in distress reads that nobody is watching right now, with the numbers of 113 and 112. Alerts still queue. Times in Dutch time.',
    weekday: 'Day',
    from: 'From',
    to: 'Until',
    remove: 'Remove this time slot',
    add: 'Add a time slot',
    sessions: 'Course sessions count as well',
    save: 'Save',
    saved: 'Saved.',
    empty: 'No times yet: nobody is promised that someone is watching.',
    days: {
      '1': 'Monday',
      '2': 'Tuesday',
      '3': 'Wednesday',
      '4': 'Thursday',
      '5': 'Friday',
      '6': 'Saturday',
      '7': 'Sunday',
    },
  },
  signalFigures: {
    heading: 'Signals from the field',
    intro:
      'How well Spiegel recognises crisis language, according to facilitators’ marks. An alert nobody marked counts as right; a missed signal counts only when someone marked it.',
    flagged: 'Alerts',
    falseAlarms: 'False alarms',
    missed: 'Missed signals',
    precision: 'Rightly raised',
    recall: 'Found of what is known',
    unknown: 'not known yet',
    export: 'Download the marks:',
    csv: 'CSV',
    json: 'JSON',
  },
};
