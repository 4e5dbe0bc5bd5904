import { type Language } from '../phases/phases.js';

/**
 * Texts of the Insight issue: interventions per checkpoint (in the words of the source text, Geene 2025),
 * facilitation suggestions for the dashboard, and why a score could not be given. Merged into MESSAGES.
 * Suggestions are invitations to the facilitator, never verdicts on the person and never automatic actions.
 */
export const INSIGHT_MESSAGES = {
  // — Interventions: identify projection —
  'insight.intervention.discussProjection': {
    nl: 'Bespreek projecties in de groep zonder oordeel: "niemand begrijpt mij" is een begin, geen fout.',
    en: 'Discuss projections in the group without judgement: "nobody understands me" is a starting point, not a failure.',
  },
  'insight.intervention.reflectionPrompt': {
    nl: 'Nodig wie vooral vanuit projectie schrijft uit om te reageren op het verhaal van een ander, met een open reflectievraag.',
    en: 'Invite people who mostly write from projection to respond to someone else’s story, with an open reflection question.',
  },
  'insight.intervention.roomForProjection': {
    nl: 'Vraag je af of de omgeving de ruimte biedt waarin projecties herkend en bespreekbaar gemaakt kunnen worden.',
    en: 'Ask yourselves whether the setting offers room in which projections can be recognised and talked about.',
  },
  // — Interventions: facilitate recognition —
  'insight.intervention.shareInEqualGroups': {
    nl: 'Stimuleer het delen van ervaringen in gelijkwaardige groepen, bijvoorbeeld met een verhalenronde.',
    en: 'Encourage sharing experiences in groups of equals, for example with a round of stories.',
  },
  'insight.intervention.bringTogether': {
    nl: 'Breng mensen samen van wie de verhalen over hetzelfde gaan, zodat ze zich in elkaar kunnen herkennen.',
    en: 'Bring together people whose stories are about the same things, so they can recognise themselves in each other.',
  },
  'insight.intervention.totallyDifferent': {
    nl: 'Wie sterk vasthoudt aan het beeld totaal anders te zijn, vindt herkenning moeilijk: benoem voorzichtig wat diegene met anderen deelt.',
    en: 'People who hold on hard to being totally different find recognition difficult: gently name what they share with others.',
  },
  // — Interventions: guard equality —
  'insight.intervention.facilitatorsShare': {
    nl: 'Laat begeleiders ook hun eigen ervaring delen en minder aan het woord zijn.',
    en: 'Let facilitators share their own experience too, and speak less.',
  },
  'insight.intervention.roundForEveryone': {
    nl: 'Begin met een rondje waarin iedereen kort iets zegt, en nodig stille deelnemers persoonlijk en zonder druk uit.',
    en: 'Start with a round in which everyone says something briefly, and invite quiet participants personally, without pressure.',
  },
  'insight.intervention.noHierarchy': {
    nl: 'Bewaak dat er geen hiërarchie is tussen begeleiders en deelnemers: ieders ervaring telt.',
    en: 'Make sure there is no hierarchy between facilitators and participants: everyone’s experience counts.',
  },
  // — Interventions: support connection —
  'insight.intervention.contactOutsideSessions': {
    nl: 'Bied contact en interactie buiten de bijeenkomsten: houd de ruimte open tussen de sessies en moedig 1-op-1-contact aan.',
    en: 'Offer contact and interaction outside the sessions: keep the room open between meetings and encourage one-to-one contact.',
  },
  'insight.intervention.reciprocity': {
    nl: 'Vraag mensen om op elkaar te reageren, zodat contact over en weer ontstaat.',
    en: 'Ask people to respond to each other, so that contact goes both ways.',
  },
  'insight.intervention.aftercareMoment': {
    nl: 'Plan een nazorgmoment tegen het zwarte gat, enkele weken na de laatste bijeenkomst, en houd contact met wie stil wordt.',
    en: 'Plan an after-care moment against the black hole a few weeks after the last session, and keep in touch with those who go quiet.',
  },
  // — Interventions: room for testimony —
  'insight.intervention.roomForTestimony': {
    nl: 'Geef herstelde deelnemers ruimte als ervaringsdeskundige of mentor.',
    en: 'Give recovered participants room as peer experts or mentors.',
  },
  'insight.intervention.inviteMentors': {
    nl: 'Nodig oud-deelnemers in de fase getuigenis uit om mentor te worden, zonder druk.',
    en: 'Invite alumni in the testimony phase to become mentors, without pressure.',
  },
  'insight.intervention.connectMentees': {
    nl: 'Breng mentoren in contact met nieuwe deelnemers die steun zoeken.',
    en: 'Connect mentors with new participants who are looking for support.',
  },

  // — Why there is no score —
  'insight.tooFewPeople': {
    nl: 'Minder dan 5 deelnemers: om privacyredenen geen score.',
    en: 'Fewer than 5 participants: no score, for privacy.',
  },
  'insight.tooLittleData': {
    nl: 'Nog te weinig gegevens voor een betrouwbare score.',
    en: 'Too little data so far for a reliable score.',
  },

  // — Suggestions for the facilitator (dashboard; never automatic) —
  'insight.suggest.reflectionPrompt': {
    nl: '{name} schrijft al een tijd vooral vanuit projectie. Misschien helpt een uitnodiging om te reageren op iemands verhaal, met een reflectievraag.',
    en: '{name} has mostly been writing from projection for a while. An invitation to respond to someone’s story, with a reflection question, may help.',
  },
  'insight.suggest.bringTogether': {
    nl: '{name} en {other} schreven allebei over {themes|themes}, maar hadden nog geen contact. Breng ze samen?',
    en: '{name} and {other} both wrote about {themes|themes} but have not been in touch yet. Bring them together?',
  },
  'insight.suggest.askQuiet': {
    nl: '{name} heeft in deze periode nog niets gedeeld. Vraag persoonlijk en zonder druk hoe het gaat.',
    en: '{name} has not shared anything in this period yet. Ask personally, without pressure, how they are doing.',
  },
  'insight.suggest.offerMentor': {
    nl: '{name} heeft nog geen herkenning van anderen ontvangen. Een gesprek met een mentor kan steun geven.',
    en: '{name} has not received recognition from others yet. A conversation with a mentor may offer support.',
  },
} as const satisfies Record<string, Readonly<Record<Language, string>>>;
