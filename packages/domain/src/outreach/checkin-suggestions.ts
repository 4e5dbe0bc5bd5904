import type { MailLocale } from './render-outreach-mail.js';

/**
 * Suggested wording for a zwart-gat check-in, chosen by the reasons the risk rose (the reason keys of
 * zwartGatRisk). Warm and non-clinical: no scores, no "risk", nothing about health; the writer edits
 * freely. Three at most, the ones that fit the reasons first, always ending with a general one.
 */
const BY_REASON: { keys: string[]; nl: string; en: string }[] = [
  {
    keys: ['zwartGat.silenceAfterDaily', 'zwartGat.silenceAfterWeekly', 'zwartGat.silence'],
    nl: 'Hoi! Het is een tijdje stil geweest en ik moest aan je denken. Hoe gaat het met je? Je hoeft niets terug te schrijven, maar het mag altijd.',
    en: "Hi! It's been quiet for a while and I was thinking of you. How are you doing? You don't have to write back, but you're always welcome to.",
  },
  {
    keys: ['zwartGat.noActivityAfterEnd'],
    nl: 'Hoi! Het traject is alweer even afgelopen. Ik ben benieuwd hoe het nu met je gaat. De alumnigroep staat voor je open, wanneer je maar wilt.',
    en: "Hi! The traject ended a little while ago. I'm curious how things are going for you now. The alumni group is open to you, whenever you like.",
  },
  {
    keys: ['zwartGat.noLiveConnections', 'zwartGat.oneLiveConnection'],
    nl: 'Hoi! Ik dacht aan onze groep en aan jou. Als je zin hebt om weer eens met iemand te praten, help ik je graag op weg.',
    en: 'Hi! I was thinking of our group and of you. If you feel like talking with someone again, I am glad to help you get started.',
  },
  {
    keys: ['zwartGat.noMentor'],
    nl: 'Hoi! Sommige oud-deelnemers vinden het fijn om af en toe met een maatje te praten dat het zelf ook heeft meegemaakt. Zou dat iets voor jou zijn?',
    en: 'Hi! Some former participants like talking now and then with a buddy who has been through it too. Would that be something for you?',
  },
  {
    keys: ['zwartGat.activityDropped', 'zwartGat.trendFalling', 'zwartGat.noRecognitionReceived'],
    nl: 'Hoi! Ik merkte dat ik je een tijdje minder heb gezien en wilde even laten weten dat ik aan je denk. Hoe is het?',
    en: "Hi! I noticed I haven't seen you around as much and wanted to let you know I'm thinking of you. How are things?",
  },
];

const GENERAL = {
  nl: 'Hoi! Even een berichtje om te laten weten dat je er nog steeds bij hoort. Hoe gaat het met je?',
  en: "Hi! Just a short message to let you know you're still part of the group. How are you doing?",
};

export const CHECKIN_MAX_LENGTH = 1000;

export function checkinSuggestions(reasonKeys: readonly string[], locale: MailLocale): string[] {
  const picked = BY_REASON.filter((s) => s.keys.some((k) => reasonKeys.includes(k)))
    .slice(0, 2)
    .map((s) => s[locale]);
  return [...picked, GENERAL[locale]];
}

/**
 * What a peer mentor may start from when checking in on their mentee: the same for everyone, in a
 * peer's voice. Never chosen by the zwart-gat reasons: those come from a risk score that a mentor
 * does not see, and a suggestion picked by them would tell the mentor why the risk rose.
 */
const FOR_MENTORS: { nl: string; en: string }[] = [
  {
    nl: 'Hoi! Ik moest aan je denken. Hoe gaat het met je? Je hoeft niets terug te schrijven, maar het mag altijd.',
    en: "Hi! I was thinking of you. How are you doing? You don't have to write back, but you're always welcome to.",
  },
  {
    nl: 'Hoi! Zin om binnenkort weer eens bij te praten? Ik ben er als je wilt, op een moment dat jou past.',
    en: "Hi! Do you feel like catching up again soon? I'm here if you like, whenever suits you.",
  },
  {
    nl: 'Hoi! Even een berichtje van mij. Ik ben benieuwd hoe het nu met je gaat.',
    en: "Hi! Just a short message from me. I'm curious how you are doing now.",
  },
];

export function mentorCheckinSuggestions(locale: MailLocale): string[] {
  return FOR_MENTORS.map((s) => s[locale]);
}
