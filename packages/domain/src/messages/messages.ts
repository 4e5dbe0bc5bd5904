import { INSIGHT_MESSAGES } from '../insight/insight-messages.js';
import { type Language } from '../phases/phases.js';

/**
 * Every reason, flag and piece of advice the domain produces is a message key with parameters, so the API
 * and the web app render exactly the same words (formatMessage). Dutch first: warm and plain, about the
 * situation and never a verdict on the person.
 *
 * Placeholders: {name} inserts a parameter as is; {name|formatter} formats it, see format-message.ts
 * (themes, date, languages, slots, decimal).
 */
export const MESSAGES = {
  // — Participant path —
  'path.stuckInProjectie': {
    nl: 'Schrijft al {days} dagen vooral vanuit projectie ({count} berichten) en heeft zich nog niet in een ander herkend. Een uitnodiging om op iemands verhaal te reageren kan helpen.',
    en: 'Has mostly written from projection for {days} days ({count} messages) and has not yet recognised themselves in someone else. An invitation to respond to someone’s story may help.',
  },
  'path.neverGaveRecognition': {
    nl: 'Heeft zich in {days} dagen nog niet herkend in het verhaal van een ander.',
    en: 'Has not recognised themselves in someone else’s story in {days} days.',
  },
  'path.neverReceivedRecognition': {
    nl: 'Heeft in {days} dagen nog geen herkenning ontvangen van anderen.',
    en: 'Has not received recognition from others in {days} days.',
  },
  'path.kantelpunt': {
    nl: 'Eerste herkenning op {date|date}: het kantelpunt.',
    en: 'First recognition on {date|date}: the tipping point.',
  },
  'path.futureEventsIgnored': {
    nl: '{count} gebeurtenis(sen) met een datum in de toekomst zijn niet meegeteld.',
    en: '{count} event(s) dated in the future were not counted.',
  },

  // — Equality —
  'equality.facilitatorDominance': {
    nl: 'De begeleiders spraken {voicePercent} % van de tijd in een groep waar zij {memberPercent} % van de leden zijn. Meer ruimte laten kan helpen: stel een open vraag en wacht even.',
    en: 'The facilitators spoke {voicePercent}% of the time in a group where they are {memberPercent}% of the members. Leaving more room may help: ask an open question and wait a little.',
  },
  'equality.memberDominance': {
    nl: 'Eén deelnemer had {percent} % van de spreektijd. Nodig anderen uit om ook iets te delen.',
    en: 'One participant had {percent}% of the speaking time. Invite others to share too.',
  },
  'equality.unevenVoice': {
    nl: 'De spreektijd is ongelijk verdeeld (Gini {gini|decimal}). Een rondje waarin iedereen kort iets zegt kan helpen.',
    en: 'Speaking time is unevenly spread (Gini {gini|decimal}). A round in which everyone says something briefly may help.',
  },
  'equality.silentMembers': {
    nl: '{count} van de {total} leden hebben nog niets gezegd. Nodig ze persoonlijk en zonder druk uit.',
    en: '{count} of the {total} members have not said anything yet. Invite them personally, without pressure.',
  },
  'equality.lowReciprocity': {
    nl: 'Weinig over en weer: {percent} % van de reacties krijgt een reactie terug. Vraag mensen om op elkaar te reageren.',
    en: 'Little back and forth: {percent}% of replies get a reply in return. Ask people to respond to each other.',
  },
  'equality.balanced': {
    nl: 'De spreektijd is evenwichtig verdeeld.',
    en: 'Speaking time is evenly spread.',
  },
  'equality.tooLittleData': {
    nl: 'Nog te weinig berichten ({count}) voor een betrouwbaar beeld.',
    en: 'Too few messages so far ({count}) for a reliable picture.',
  },

  // — Zwart gat —
  'zwartGat.trajectNotEnded': {
    nl: 'Het traject loopt nog.',
    en: 'The course is still running.',
  },
  'zwartGat.silenceAfterDaily': {
    nl: '{days} dagen geen contact, daarvoor dagelijks actief.',
    en: '{days} days without contact, previously active daily.',
  },
  'zwartGat.silenceAfterWeekly': {
    nl: '{days} dagen geen contact, daarvoor wekelijks actief.',
    en: '{days} days without contact, previously active weekly.',
  },
  'zwartGat.silence': {
    nl: '{days} dagen geen contact.',
    en: '{days} days without contact.',
  },
  'zwartGat.noActivityAfterEnd': {
    nl: 'Sinds het einde van het traject, {days} dagen geleden, niet meer actief geweest.',
    en: 'Not active since the course ended {days} days ago.',
  },
  'zwartGat.activityDropped': {
    nl: 'Activiteit gedaald van {before|decimal} naar {after|decimal} keer per week.',
    en: 'Activity dropped from {before|decimal} to {after|decimal} times a week.',
  },
  'zwartGat.trendFalling': {
    nl: 'De activiteit neemt de laatste weken verder af.',
    en: 'Activity has kept falling over the last weeks.',
  },
  'zwartGat.noLiveConnections': {
    nl: 'Geen contact over en weer in de afgelopen {days} dagen.',
    en: 'No two-way contact in the last {days} days.',
  },
  'zwartGat.oneLiveConnection': {
    nl: 'Nog maar met één persoon contact over en weer.',
    en: 'Two-way contact with only one person.',
  },
  'zwartGat.noMentor': {
    nl: 'Geen mentor.',
    en: 'No mentor.',
  },
  'zwartGat.noRecognitionReceived': {
    nl: 'Geen herkenning ontvangen sinds het einde van het traject.',
    en: 'No recognition received since the course ended.',
  },
  'zwartGat.hasMentor': {
    nl: 'Heeft een mentor.',
    en: 'Has a mentor.',
  },
  'zwartGat.liveConnections': {
    nl: 'Contact over en weer met {count} mensen.',
    en: 'Two-way contact with {count} people.',
  },
  'zwartGat.stillActive': {
    nl: 'Nog regelmatig actief: {after|decimal} keer per week.',
    en: 'Still active regularly: {after|decimal} times a week.',
  },

  // — Peer mentors: eligibility —
  'mentor.eligible': {
    nl: 'Kan mentor zijn.',
    en: 'Can be a mentor.',
  },
  'mentor.trajectNotCompleted': {
    nl: 'Het traject is nog niet afgerond.',
    en: 'The course has not been completed yet.',
  },
  'mentor.getuigenisNotReached': {
    nl: 'Is nog niet in de fase getuigenis.',
    en: 'Has not reached the testimony phase yet.',
  },
  'mentor.getuigenisNotConfirmed': {
    nl: 'De begeleider heeft getuigenis (nog) niet bevestigd.',
    en: 'The facilitator has not confirmed testimony (yet).',
  },
  'mentor.notOptedIn': {
    nl: 'Heeft (nog) niet aangegeven mentor te willen zijn.',
    en: 'Has not (yet) said they want to be a mentor.',
  },
  'mentor.paused': {
    nl: 'Heeft het mentorschap even gepauzeerd.',
    en: 'Has paused mentoring for now.',
  },
  'mentor.noCapacity': {
    nl: 'Alle {max} plekken zijn bezet.',
    en: 'All {max} places are taken.',
  },
  'mentor.recentCrisis': {
    nl: 'Had {days} dagen geleden een zware periode; eerst even goed voor zichzelf zorgen.',
    en: 'Went through a very hard time {days} days ago; first some time to look after themselves.',
  },
  'mentor.supportFirst': {
    nl: 'Heeft na het traject nu zelf wat extra steun nodig; mentor zijn kan later.',
    en: 'Needs some extra support after the course right now; being a mentor can come later.',
  },

  // — Peer mentors: ranking —
  'mentor.sharedThemes': {
    nl: 'Jullie hebben allebei geschreven over {themes|themes}.',
    en: 'You have both written about {themes|themes}.',
  },
  'mentor.recognisedEachOther': {
    nl: 'Jullie herkenden elkaar in de groep.',
    en: 'You recognised each other in the group.',
  },
  'mentor.candidateRecognisedSeeker': {
    nl: 'Herkende zich eerder in jouw verhaal.',
    en: 'Recognised themselves in your story before.',
  },
  'mentor.seekerRecognisedCandidate': {
    nl: 'Jij herkende je eerder in dit verhaal.',
    en: 'You recognised yourself in their story before.',
  },
  'mentor.sharedLanguages': {
    nl: 'Jullie spreken allebei {languages|languages}.',
    en: 'You both speak {languages|languages}.',
  },
  'mentor.noSharedLanguage': {
    nl: 'Jullie hebben geen taal gemeen.',
    en: 'You have no language in common.',
  },
  'mentor.sharedAvailability': {
    nl: 'Allebei beschikbaar: {slots|slots}.',
    en: 'Both available: {slots|slots}.',
  },
  'mentor.placesLeft': {
    nl: 'Nog {left} van de {max} plekken vrij.',
    en: '{left} of {max} places free.',
  },
  ...INSIGHT_MESSAGES,
} as const satisfies Record<string, Readonly<Record<Language, string>>>;

export type MessageKey = keyof typeof MESSAGES;
export const MESSAGE_KEYS = Object.keys(MESSAGES) as MessageKey[];

export type MessageParams = Record<string, string | number>;

/** A reason, flag or piece of advice: render it with formatMessage(msg, 'nl' | 'en'). */
export interface Msg {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

export function msg(key: MessageKey, params: MessageParams = {}): Msg {
  return { key, params };
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value);
}
