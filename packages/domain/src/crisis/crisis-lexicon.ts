import { gap } from '../text/match-cues.js';
import { CRISIS_FRAMES, ORDINARY_REASON } from './crisis-frames.js';

/**
 * Crisis language, Dutch and English, on normalised text (lower case, no diacritics, clause
 * punctuation as " . "). Read detect-crisis.ts for how the pieces combine.
 */
export const CRISIS_SEVERITIES = ['none', 'concern', 'acute'] as const;
export type CrisisSeverity = (typeof CRISIS_SEVERITIES)[number];

export const CRISIS_CATEGORIES = [
  'ideation',
  'hopelessness',
  'burden',
  'self_harm',
  'topic',
  'intent',
  'method',
  'means',
  'act',
  'farewell',
  'preparatory',
  'plan',
  'time',
  'farewell_hint',
  'departure',
] as const;
export type CrisisCategory = (typeof CRISIS_CATEGORIES)[number];

export interface CrisisPattern {
  readonly category: CrisisCategory;
  /** `support` cues never alarm on their own; they sharpen other cues (a time, "bedankt voor alles"). */
  readonly level: 'concern' | 'acute' | 'support';
  readonly pattern: string;
  /** Past tense ("vroeger wilde ik dood"): may be discounted when the message speaks of recovery. */
  readonly past?: boolean;
  /** A second phrase that must occur somewhere in the message (shown as a cue too): the finality of a gift. */
  readonly with?: string;
  /** An ordinary reason that, anywhere in the message, keeps the cue quiet (moving house, an allergy). */
  readonly unless?: string;
  /** A negation just before ("geen drang meer om te krassen") cancels the cue (match-cues.ts). */
  readonly negatable?: boolean;
}

const g1 = gap(1);
const g2 = gap(2);
const g3 = gap(3);
const g4 = gap(4);

const SELF = '(?:mezelf|mijzelf)';
const ME = '(?:me|mij|mezelf|mijzelf)';
const BODY =
  '(?:arm|armen|pols|polsen|been|benen|huid|buik|dij|dijen|bovenbeen|bovenbenen|hand|handen|lijf|lichaam)';
const PILLS =
  '(?:pillen|pilletjes|medicijnen|medicatie|tabletten|slaappillen|slaapmiddelen|slaaptabletten|paracetamol|oxazepam|temazepam|antidepressiva|insuline|doosjes|strips|potjes)';
const PILLS_EN = '(?:pills|tablets|meds|medication|sleeping pills|painkillers|paracetamol|insulin)';
const HIGH = '(?:brug|flat|dak|gebouw|balkon|toren|raam|parkeergarage|klif|viaduct|hoogte|galerij)';
const VEHICLE = '(?:trein|metro|auto|vrachtwagen|bus|tram|vrachtauto)';

function c(category: CrisisCategory, pattern: string, past = false): CrisisPattern {
  return { category, level: 'concern', pattern, past };
}
function a(category: CrisisCategory, pattern: string): CrisisPattern {
  return { category, level: 'acute', pattern };
}
function s(category: CrisisCategory, pattern: string): CrisisPattern {
  return { category, level: 'support', pattern };
}

export const CRISIS_PATTERNS: readonly CrisisPattern[] = [
  // — Ideation and passive death wishes (concern) —
  c(
    'ideation',
    `(?:wil|wou|wens|zou willen|zou graag|wil gewoon|wil echt) ${g2}(?:dood|sterven|doodgaan|dood gaan|dood zijn|niet meer leven|niet meer bestaan|niet meer wakker worden|er niet meer zijn)`,
  ),
  c('ideation', `(?:wil|wou) ${g2}er ${g1}niet meer ${g1}(?:zijn|te zijn)(?! bij| om| voor| op| in)`),
  // Dutch subordinate clauses put the verb last: "omdat ik dood wil", "dat ik niet meer wil leven".
  c(
    'ideation',
    `(?:ik|me|mij) ${g2}(?:dood|sterven|doodgaan|dood gaan|dood zijn) ${g1}(?:wil|wou|zou willen|wilde|zou gaan)|er ${g1}niet meer ${g1}(?:wil|wou) (?:zijn|wezen)|niet meer ${g1}(?:wil|wou) (?:leven|bestaan|verder|wakker worden)`,
  ),
  c(
    'ideation',
    `(?:wil|wou) ${g2}niet meer (?:leven|verder|verder leven|bestaan|wakker worden|wakker|ademen)`,
  ),
  c('ideation', `ik wil ${g1}(?:echt |gewoon |gewoonweg |helemaal )?niet meer(?= \\.|$)`),
  c(
    'ideation',
    `(?:niet|nooit) meer wakker (?:worden|word|te worden|wakker)|slapen en ${g1}(?:niet|nooit) meer|voorgoed (?:slapen|weg|rust)|eeuwige rust|rust voor altijd`,
  ),
  c('ideation', `(?:liever|beter) dood|dood (?:beter|liever) af`),
  c(
    'ideation',
    `(?:wil|wou|zou ${g2}willen|zou ${g1}liefst|liefst|wil gewoon) ${g3}(?:verdwijnen|voorgoed weg|weg zijn voor altijd|niet meer bestaan)`,
  ),
  c(
    'ideation',
    `waarom (?:zou|zal|moet) ik ${g1}(?:nog )?(?:leven|doorgaan|verder gaan|verdergaan|blijven leven|hier zijn)|(?:wil|hoef) het leven niet meer|ik hoef ${g1}niet meer(?= \\.|$)|het hoeft ${g1}(?:voor mij )?niet meer(?= \\.|$)`,
  ),
  c(
    'ideation',
    `(?:ophoud|ophouden|op te houden|stoppen|stop) (?:met|te) (?:bestaan|leven)|stoppen met ademen|(?:als ik dood (?:was|ben|zou zijn|zou gaan))|(?:happier|better|easier) if i (?:was|were) (?:dead|gone)|if i (?:was|were) dead`,
  ),
  c(
    'ideation',
    `(?:thinking|think|thought|thinking about|been thinking) (?:of|about) (?:ending|ending it|ending my|killing myself|taking my|dying)|ending it(?: all)?(?= \\.|$)`,
  ),
  c(
    'ideation',
    `(?:denk|dacht|denken|gedachten) ${g3}(?:aan|over) de dood|(?:aan|over) er ${g1}niet meer (?:zijn|te zijn)|voor altijd ${g1}(?:gaan |te )?slapen|(?:sleep|slapen) (?:forever|voor altijd)`,
  ),
  c(
    'ideation',
    `${SELF} van het leven ${g1}(?:beroven|te beroven)|zelfmoordneigingen|suicidale neigingen|doodsneigingen`,
  ),
  c(
    'ideation',
    `was ik ${g1}maar dood|wou dat ik dood was|wilde dat ik dood was|was ik er ${g1}maar niet|(?:was|ben) ${g1}(?:liever|beter) dood|liever dood dan levend|nooit geboren`,
  ),
  c(
    'ideation',
    `(?:een )?eind(?:e)? aan ${g1}(?:mijn|m'n|het|dit|ons) ${g1}leven|er ${g2}(?:een )?eind(?:e)? aan ${g1}(?:maken|te maken|wil maken)|(?:mijn|m'n) leven ${g1}(?:beeindigen|te beeindigen|nemen)|punt achter ${g1}(?:mijn |m'n |het )?leven`,
  ),
  c(
    'ideation',
    `${SELF} ${g2}(?:van kant|om het leven|doden|doodmaken|ombrengen)|van kant (?:maken|te maken)`,
  ),
  c('ideation', `${ME} ${g2}(?:iets|wat) ${g1}(?:aandoen|aan doen|aan te doen|aangedaan)`),
  c('ideation', `(?:ik ben|ben ik|voel me|voel ik me) ${g2}(?:suicidaal|suicidale)`),
  c(
    'ideation',
    `(?:gedachten|denk|denken|dacht|fantaseer|fantasie\\w*) ${g3}(?:aan|over|erover|eraan) ${g3}(?:dood te gaan|doodgaan|dood zijn|te sterven|sterven|niet meer (?:leven|zijn|wakker))`,
  ),
  c(
    'ideation',
    `(?:zelfmoord|suicide|zelfdoding) ${g1}(?:plegen|te plegen|doen|overwegen)|(?:overweeg|plannen|plan) ${g2}(?:zelfmoord|suicide|zelfdoding)`,
  ),
  c(
    'ideation',
    `zelfmoordpoging|suicidepoging|poging ${g2}(?:gedaan|ondernomen) ${g2}(?:zelfmoord|suicide|(?:mijn|m'n) leven)`,
  ),
  c(
    'ideation',
    `(?:wilde|wilden|dacht|dachten|overwoog|fantaseerde) ${g2}(?:dood|sterven|doodgaan|er niet meer (?:zijn|te zijn)|niet meer (?:leven|verder)|aan zelfmoord|aan suicide|over zelfmoord|er een eind(?:e)? aan (?:maken|te maken)|een eind(?:e)? aan (?:mijn|m'n) leven)`,
    true,
  ),
  c(
    'ideation',
    `(?:was|waren) ${g2}(?:suicidaal|suicidale)|(?:had|hadden) ${g2}(?:zelfmoordgedachten|suicidale gedachten|doodsgedachten)`,
    true,
  ),
  // English
  c(
    'ideation',
    `(?:want|wanna|wanting|need) to (?:die|be dead|disappear forever|not exist)|wish i (?:was|were|had been) dead|wish i (?:wasn't|was not|weren't) (?:alive|here|born)|better off dead`,
  ),
  c('ideation', `(?:don't|dont|do not|no longer) want to (?:live|be alive|be here|wake up|exist|go on)`),
  c(
    'ideation',
    `kill(?:ing)? myself|kms|unalive|end(?:ing)? my (?:own )?life|take my (?:own )?life|end it all|(?:want|wanna) to end it|hurt myself badly|sleep (?:forever|and never wake up)|never wake up`,
  ),
  c(
    'ideation',
    `(?:i'm|i am|im|feel|feeling) ${g1}suicidal|suicidal thoughts|thoughts (?:of|about) (?:suicide|dying|killing myself|ending it)`,
  ),
  c(
    'ideation',
    `(?:wanted|used to want) to (?:die|be dead|kill myself|end my life)|(?:was|used to be) suicidal|had suicidal thoughts|tried to kill myself|suicide attempt`,
    true,
  ),
  // — Hopelessness (concern) —
  c(
    'hopelessness',
    `zie het ${g1}(?:echt |helemaal |totaal |gewoon |allemaal )*niet meer zitten(?! om| met| in| voor| zitten)`,
  ),
  c(
    'hopelessness',
    `zie ${g1}(?:het nut|de zin|het punt) ${g2}niet meer (?:van )?in|(?:nut|zin) van (?:het |mijn |dit )?(?:leven|bestaan) ${g2}niet (?:meer )?(?:in|zien)|(?:leven|bestaan) ${g3}(?:geen nut|zinloos|nutteloos)`,
  ),
  c('hopelessness', `geen uitweg|enige uitweg|laatste uitweg|enige oplossing|enige optie`),
  c(
    'hopelessness',
    `ik (?:kan|trek) ${g1}(?:het )?(?:echt |gewoon |écht )?niet meer(?= \\.|$)|ik trek het niet meer|ik kan het niet meer aan(?= \\.|$)|(?:stop|kap|ben klaar|klaar) ${g2}met alles|ik stop ermee(?= \\.|$)|nergens ${g1}zin (?:meer )?in|geen zin meer in(?= \\.|$)|geen zin meer ${g1}in ${g1}(?:alles|niks|niets|het leven)`,
  ),
  c(
    'hopelessness',
    `(?:het |mijn |dit )?leven ${g3}geen zin ${g1}(?:meer)?|geen zin meer in ${g1}(?:het |mijn |dit )?leven|leven is ${g1}zinloos|(?:heeft|heb) ${g1}geen zin meer om te leven`,
  ),
  c(
    'hopelessness',
    `klaar met ${g1}(?:het |mijn |dit )?leven|levensmoe|het leven moe|kan ${g1}niet meer verder|wil ${g1}niet meer verder`,
  ),
  c(
    'hopelessness',
    `wil ${g2}dat ${g1}(?:de |alle |al die |al de )?pijn (?:stopt|ophoudt|weg is|voorbij is)|wil ${g1}dat (?:het|alles) ${g1}(?:stopt|ophoudt)`,
  ),
  c(
    'hopelessness',
    `(?:no|don't see any|see no) (?:way out|point in living|reason to live|future)|not worth living|can't go on|cannot go on|want (?:it all|everything|the pain|it|this|all of this|all of it) to (?:end|stop|be over)|(?:can't|cannot|can not|cant) keep (?:going|doing this|living)(?: like this)?(?= \\.|$)|(?:what's|whats|what is) the point(?: of (?:living|life|going on))?|life is pointless|can't do this anymore|cannot do this anymore|why (?:should|would) i (?:live|go on|keep going|stay)`,
  ),
  // A passive wish: hoping to be hit by a car or a bus ("ik hoop dat de bus me een keer schept").
  c(
    'ideation',
    `(?:hoop|hoopte|wens|wou|zou ${g2}(?:niet erg|prima|fijn) vinden) ${gap(5)}(?:${VEHICLE}|bus) ${g3}(?:(?:me|mij) ${g2})?(?:schept|aanrijdt|overrijdt|doodrijdt|raakt|tegen (?:me|mij) (?:aan)?rijdt)|(?:hope|wish|wouldn't mind|would not mind|wouldn't even mind) ${g4}(?:hit|run over|killed) by (?:a|the) (?:car|bus|truck|train)|(?:hope|wish) (?:a|the) (?:car|bus|truck) (?:hits|runs over|kills) me`,
  ),
  // — Burden (concern) —
  c(
    'burden',
    `beter af ${g1}zonder (?:mij|me|zo'n|zo een|iemand als ik)|beter (?:af|zijn) als ik er niet ${g1}(?:meer )?(?:ben|was|zou zijn)`,
  ),
  c(
    'burden',
    `(?:niemand|geen mens|geen hond) ${g2}(?:zal|zou|gaat|zouden) ${g2}(?:me|mij) ${g1}(?:missen|merken)|niemand ${g2}(?:mist|merkt) ${g1}(?:het )?(?:me|mij|als ik)`,
  ),
  c(
    'burden',
    `ben ${g3}(?:een |alleen maar een )?(?:last|blok aan het been) (?:voor|van)|voel ${ME} ${g2}(?:een )?last|ik ben ${g1}(?:een )?(?:last|blok aan het been)(?= \\.|$)`,
  ),
  c('burden', `als ik er ${g1}niet meer (?:ben|was|zou zijn|zijn)`),
  c(
    'burden',
    `tot last (?:ben|was|ben ik)|ben ${g3}tot last|(?:better off|happier) if i (?:wasn't|was not|weren't|were not) (?:around|here|alive)`,
  ),
  c(
    'burden',
    `(?:niemand|beter|makkelijker|opgelucht|rustiger|fijner|missen|merken) ${g4}als ik ${g1}(?:weg|dood|er niet meer|er niet) (?:ben|was|zou zijn|ga|zijn)|als ik ${g1}(?:weg|dood|er niet meer|er niet) (?:ben|was|zou zijn) ${g4}(?:niemand|beter|makkelijker|opgelucht|rustiger|missen|merken)`,
  ),
  c(
    'burden',
    `(?:nobody|no one|no-one) (?:would|will) ${g1}care if i (?:died|was gone|were gone|disappeared)|(?:easier|better) for everyone if i`,
  ),
  c(
    'burden',
    `better off without me|(?:nobody|no one|no-one) (?:would|will) ${g1}(?:miss|notice|care)|(?:i'm|i am|im) (?:just )?a burden|burden (?:to|on) (?:everyone|everybody|you|my)`,
  ),
  // — Self-harm (concern) —
  c(
    'self_harm',
    `(?:snij|snijd|snijden|sneed|gesneden|kras|krassen|kraste|gekrast|brand|branden|gebrand|sla|slaan|sloeg|geslagen) ${g3}(?:in |op )?(?:mijn|m'n) ${g1}${BODY}`,
  ),
  c(
    'self_harm',
    `(?:in|op) (?:mijn|m'n) ${g1}${BODY} ${g3}(?:gesneden|gekrast|snijden|krassen|snij|kras|gebrand|geslagen|beschadigd)`,
  ),
  c(
    'self_harm',
    `(?:snij|snijd|sneed|kras|kraste|brand|brandde|sla|sloeg|beschadig|beschadigde|verwond|verwondde|bijt|beet|knijp) (?:ik )?${SELF}`,
  ),
  c(
    'self_harm',
    `(?:${SELF}|me) ${g3}(?:gesneden|gekrast|gebrand|geslagen|beschadigd|verwond|pijn gedaan|pijn doen|pijn te doen|pijn aandoen)`,
  ),
  c('self_harm', `${SELF} ${g1}(?:snijden|krassen|beschadigen|verwonden|branden|slaan|straffen)`),
  c(
    'self_harm',
    `(?:doe|deed|doen|deden) ${g1}${SELF} ${g2}pijn|(?:arm|armen|pols|polsen|benen|been) ${g1}open ${g1}(?:gehaald|gesneden|gekrast)|hoofd tegen de muur ${g1}(?:geslagen|gebonkt|bonken|slaan|geslagen)|${SELF} ${g1}(?:bezeerd|verwond|gebrand)`,
  ),
  c(
    'self_harm',
    `(?:cut|cutting|cuts|burn|burning|burned|harm|harming|harmed|hurt|hurting|hit|hitting) myself|(?:i|i've been|been|started|keep) self-harm(?:ing)?|cuts on my`,
  ),
  // — Bare words about suicide (concern unless the clause is about prevention, someone else, or "you") —
  {
    category: 'topic',
    level: 'concern',
    pattern: `zelfbeschadiging|automutilatie|zelfverwonding|zelfbeschadigend|self-harm|self harm|selfharm|self-harming|zelfmoord|zelfmoorden|suicide|zelfdoding|suicidaal|suicidale|suicidaliteit|zelfmoordgedachten|suicidegedachten|suicidale gedachten|doodsgedachten|doodswens|doodsverlangen|suicidal`,
  },
  // — Intent: a decision, not a wish (acute) —
  a(
    'intent',
    `(?:ga|gaan|zal|zullen) ${g3}(?:zelfmoord plegen|${SELF} (?:van kant maken|doden|ombrengen|iets aandoen)|er een eind(?:e)? aan maken|een eind(?:e)? aan (?:mijn|m'n) leven maken|${SELF} ophangen|springen|het doen|dood)(?! van)`,
  ),
  a(
    'intent',
    `maak ik ${g1}er ${g1}(?:een )?eind(?:e)? aan|maak ik ${g1}(?:een )?eind(?:e)? aan (?:mijn|m'n) leven`,
  ),
  a(
    'intent',
    `(?:going to|gonna|will|i'll|i'm about to|about to) ${g1}(?:kill myself|end (?:it|it all|my life)|take my (?:own )?life|jump|do it tonight)`,
  ),
  // — Method named (acute): a concrete way is a plan —
  a(
    'method',
    `(?:springen|spring|springt|sprong|gooien|gooi|werpen|werp|lopen|loop|stappen|stap|te springen|te gooien|te lopen) ${g3}(?:voor|onder) ${g1}(?:de|een) ${VEHICLE}`,
  ),
  a(
    'method',
    `(?:voor|onder) (?:de|een) ${VEHICLE} ${g2}(?:springen|spring|gooien|lopen|stappen|te springen|te gooien|te lopen|werpen)`,
  ),
  a(
    'method',
    `(?:springen|spring|te springen|gooien|sprong) ${g3}(?:van|vanaf|uit|af) ${g1}(?:de|het|een|mijn) ${g1}${HIGH}|(?:van|vanaf|uit|af) (?:de|het|een|mijn) ${g1}${HIGH} ${g2}(?:springen|te springen|spring|af springen|gooien|af te springen)`,
  ),
  a(
    'method',
    `(?:me|mezelf|mij|mijzelf) ${g2}(?:ophangen|op te hangen|verhangen|te verhangen|verdrinken|te verdrinken|vergiftigen|overrijden)|(?:polsen|pols|aders) ${g2}(?:doorsnijden|door te snijden|doorgesneden|open snijden)`,
  ),
  a(
    'method',
    `overdosis|overdose|(?:hang|hanging|drown|poison) myself|jump(?:ing)? (?:off|from|in front of)|in front of a (?:train|bus|car)|slit my wrists`,
  ),
  c(
    'method',
    `(?:perron|spoor|rails|rand|reling|brug|dak) ${g4}(?:\\. )?${g3}(?:een|1) (?:stap|stapje)(?= \\.|$| en| naar)`,
  ),
  a('method', `(?:ga|gaat|loop|fiets|rij|ben op weg) ${g2}naar (?:het spoor|de rails|de spoorlijn|het dak)`),
  a(
    'method',
    `${PILLS} ${g2}(?:slikken|innemen|in te nemen|nemen) om ${g3}(?:dood|er een eind|niet meer wakker|te sterven|het te beeindigen)`,
  ),
  // — Means at hand (acute) —
  a(
    'means',
    `${PILLS} ${g3}(?:gespaard|opgespaard|verzameld|gehamsterd|opgepot|klaarliggen|klaar liggen|klaargelegd|klaar gelegd|bewaard|gespaard voor|verstopt)`,
  ),
  a(
    'means',
    `(?:spaar|sparen|spaarde|verzamel|verzamelen|verzamelde|hamster|hamsteren|bewaar|bewaren) ${g3}${PILLS}`,
  ),
  a(
    'means',
    `${PILLS} ${g4}(?:in (?:mijn|m'n) (?:tas|zak|la|kast) gestopt|meegenomen|verstopt|gepakt|weggenomen|gestolen|achtergehouden|apart gelegd|niet ingenomen)`,
  ),
  a(
    'means',
    `(?:mes|mesje|mesjes|scheermes|scheermesje|scheermesjes|touw|strop) ${g2}(?:klaargelegd|klaar gelegd|klaarliggen|klaar liggen|klaarstaan|bij de hand|verstopt|bij me|in (?:mijn|m'n) (?:tas|zak|la))`,
  ),
  a(
    'means',
    `(?:pills|tablets|knife|rope|razor|blade|blades|gun) ${g3}(?:right )?(?:here|next to me|ready|in my hand|with me|beside me)|(?:pillen|mes|mesje|touw|strop|scheermesje|scheermesjes) ${g3}(?:naast (?:me|mij)|in (?:mijn|m'n) hand|voor (?:me|mij) liggen|liggen klaar|ligt klaar|staat klaar)`,
  ),
  a(
    'means',
    `(?:hoeveel|welke dosis|wat de dodelijke|opgezocht hoeveel) ${g3}(?:dodelijk|fataal|genoeg is om)|dodelijke dosis|lethal dose|how many ${g2}(?:pills|tablets) ${g3}(?:kill|lethal|die|fatal|enough)|opgezocht hoe ${g3}(?:dood|sterven|zelfmoord|ophangen|einde|pijnloos)|(?:looked up|googled|searched) (?:how|ways) to (?:die|kill myself|end it)`,
  ),
  a(
    'means',
    `spullen ${g2}(?:verdeeld|weggegeven|weg gegeven|uitgedeeld|weggedaan)|(?:mijn|m'n) (?:uitvaart|begrafenis|testament|crematie) ${g2}(?:geregeld|geschreven|geregeld|gemaakt|geregeld)|gave away my (?:stuff|things|belongings)|given away (?:my|all my) (?:stuff|things|belongings)`,
  ),
  a(
    'means',
    `(?:touw|strop) ${g2}(?:gekocht|klaar|klaarhangen|klaarliggen|opgehangen|geknoopt|bevestigd)|(?:gekocht|geknoopt) ${g2}(?:een )?(?:touw|strop)|\\bstrop\\b`,
  ),
  a(
    'means',
    `(?:saved|saving|save|stockpil\\w*|hoard\\w*|collect\\w*) ${g3}${PILLS_EN}|${PILLS_EN} ${g2}(?:saved|stockpiled|hoarded|ready)|bought (?:a )?rope|rope (?:ready|is ready)`,
  ),
  a(
    'means',
    `(?:ik heb|heb ik|i have|i've got|i've made|i made) ${g1}(?:een |a )?plan(?= \\.|$| hoe| om er| om mezelf| om het te doen| voor als| klaar| and| to (?:end|kill|die|do it))`,
  ),
  // — Act in progress (acute) —
  a(
    'act',
    `(?:slik|slikken|geslikt|ingenomen|genomen|neem|nemen|innemen|in te nemen|inslikken) ${g3}(?:alle|al mijn|al m'n|de hele|een hele|te veel|teveel|een handvol|heel veel|een strip|een doos|een pot) ${g1}${PILLS}`,
  ),
  a(
    'act',
    `(?:alle|al mijn|al m'n|de hele|een hele|te veel|teveel|een handvol|heel veel) ${g1}${PILLS} ${g3}(?:ingenomen|genomen|geslikt|innemen|slikken|in te nemen|opgegeten)`,
  ),
  a(
    'act',
    `(?:sta|zit|ben|lig) ${g2}(?:op|bij|aan|naast) (?:de|het) (?:brug|spoor|rails|dak|rand|reling|spoorlijn|flat|balkon|water)(?! naar| over| te wachten| van de les)`,
  ),
  a(
    'act',
    `(?:took|taken|swallowed) ${g2}(?:all|all of|the whole|too many|a handful of|a bottle of) ${g1}${PILLS_EN}|(?:i'm|i am|im) (?:on|at) the (?:bridge|tracks|roof|edge|ledge)`,
  ),
  // — Farewell (acute): a goodbye that sounds final —
  {
    ...a('farewell', `afscheidsbrief|afscheidsbrieven|afscheidsbericht|afscheidsvideo|goodbye letter`),
    // A goodbye to colleagues or a school: leaving a job, not life.
    unless: `pensioen|collega\\w*|directeur|juf|meester|klas|team|nieuwe baan|andere baan|job|jobs|retire\\w*|verhuiz\\w*|scheidende|afscheidsfeest\\w*`,
  },
  a(
    'farewell',
    `(?:dit is|hierbij|hier is) ${g1}(?:mijn|m'n) ${g1}(?:afscheid|laatste bericht)|mijn laatste bericht`,
  ),
  a(
    'farewell',
    `(?:jullie|je|u|niemand) ${g2}(?:zien|horen|zult|zullen|ziet|hoort) ${g3}(?:me|mij|van me|van mij|nooit) ${g2}(?:niet meer|nooit meer|meer terug|meer zien|meer horen)`,
  ),
  a(
    'farewell',
    `(?:het )?laatste (?:wat ik|bericht dat ik|keer dat ik) ${g2}(?:schrijf|zeg|stuur|post|typ)|(?:brief|brieven|briefje|letters?|notes?) ${g3}(?:to|voor|aan) (?:my|mijn|m'n) (?:kids|children|kinderen|family|familie|ouders|parents|partner|wife|husband|vrouw|man|dochter|zoon|son|daughter) ${g4}(?:\\. )?(?:just in case|voor het geval|voor als ik|mocht er iets)`,
  ),
  a(
    'farewell',
    `(?:morgen|vanavond|vannacht|straks|binnenkort|volgende week|na vandaag) ben ik er ${g1}niet meer|ben ik er ${g1}niet meer(?= \\.|$)|ik ben er ${g1}(?:straks|morgen|binnenkort) niet meer|(?:niemand|jullie|je) ${g2}(?:zal|zullen|gaat|gaan) ${g1}(?:me|mij) ${g1}(?:nog|ooit nog|nooit meer|niet meer) ${g1}(?:zien|horen|spreken)`,
  ),
  c(
    'farewell',
    `afscheid ${g2}(?:genomen|nemen|neem) van (?:mijn|m'n) (?:kat|hond|huisdier|kinderen|kind|familie|ouders|zus|broer|vrienden|partner|dieren)|(?:alles|alles is) ${g1}geregeld(?= \\.|$)`,
  ),
  a('farewell', `laatste keer ${g1}dat ${g3}(?:van me|van mij|me|mij) ${g2}(?:horen|zien|spreken|lezen)`),
  a(
    'farewell',
    `(?:neem|nemen) ${g1}afscheid van (?:jullie|iedereen|het leven|de wereld|allemaal)|vaarwel (?:allemaal|iedereen|jullie|wereld)`,
  ),
  a(
    'farewell',
    `suicide note|goodbye letter|this is goodbye|(?:my|this is my) (?:last|final) (?:message|goodbye|post)|(?:won't|will not|wont|never) (?:see|hear from) me (?:again|anymore)|goodbye (?:everyone|all|forever|world|cruel)`,
  ),
  // — Issue 13: ways people write that the patterns above missed —
  c(
    'ideation',
    `(?:hoop|hoopte|wens|wou) ${g4}(?:auto|trein|vrachtwagen|bus) ${g3}(?:tegen|over) (?:me|mij)|dan ben ik er ${g1}(?:vanaf|van af|uit)(?= \\.|$)|(?:kon|kan|mocht) ik ${g1}(?:maar|gewoon) ${g2}(?:verdwijnen|oplossen|ophouden te bestaan)`,
  ),
  c(
    'self_harm',
    `(?:weer|opnieuw|again) ${g2}(?:gesneden|gekrast|gebrand|gecut|gecutted|sh gedaan)|(?:weer|opnieuw) (?:aan het|gaan) (?:snijden|krassen|cutten)|\\bsh\\b ${g2}(?:gedaan|weer|relapse)|(?:gecut|cutten|gecutted)`,
  ),
  c('self_harm', `(?:brand|brandde) ${SELF}|${SELF} ${g2}(?:met|aan) ${g2}(?:sigaret|sigaretten|aansteker)`),
  a(
    'means',
    `opgezocht (?:hoe hoog|hoe diep|hoeveel|welke) ${gap(6)}(?:genoeg|dodelijk|fataal)|hoe hoog ${g4}(?:genoeg is|moet zijn)`,
  ),
  {
    ...a(
      'farewell',
      `(?:kat|kater|hond|huisdier|huisdieren|konijn|konijnen|vogel|poes) ${g4}(?:ondergebracht|weggegeven|herplaatst|een nieuw (?:thuis|baasje)|nieuw thuis|afgestaan)|(?:nieuw|ander) (?:thuis|baasje) ${g3}(?:voor|gezocht voor) (?:mijn|m'n) (?:kat|hond|huisdier|konijn|poes)|(?:rehomed|rehoming|gave away) (?:my|our) (?:cat|dog|pet)`,
    ),
    unless: ORDINARY_REASON,
  },
  a(
    'farewell',
    `(?:voor|aan) (?:mijn|m'n) (?:kinderen|kids|dochter|dochters|zoon|zonen|ouders|partner|vrouw|man|moeder|vader) ${g3}(?:brief|brieven|briefje|briefjes) ${g2}(?:geschreven|klaargelegd|neergelegd|achtergelaten)|(?:brief|brieven|briefje|briefjes) ${g2}(?:geschreven|klaargelegd|achtergelaten) ${g1}(?:voor|aan) (?:mijn|m'n) (?:kinderen|kids|dochter|dochters|zoon|zonen|ouders|partner)`,
  ),
  a(
    'farewell',
    `(?:hoeven|hoeft|hoef|zullen|zal) ${g3}(?:geen zorgen meer|nooit meer zorgen|je geen zorgen meer) ${g2}(?:om|over) (?:me|mij)|(?:won't|will not|wont|don't|dont) (?:have to|need to) worry about me (?:anymore|any more|again)|(?:niet|nie) (?:meer )?(?:online|reageer|antwoord) ${g3}(?:weten|weet) (?:jullie|je|ge) ${g2}(?:waarom|hoe het zit)`,
  ),
  a(
    'act',
    `(?:took|taken|swallowed) ${g2}(?:the|a) (?:whole|entire) (?:bottle|box|pack|strip|packet)|(?:een|de) (?:hele|volle) (?:doos|strip|pot|fles) ${g2}${PILLS} ${g2}(?:geslikt|ingenomen|genomen|op)|(?:hele|volle) (?:doos|strip|pot) ${g1}(?:${PILLS} )?${g1}(?:geslikt|ingenomen|leeggeslikt)|(?:alles|alle pillen) ${g2}(?:ingenomen|geslikt) wat ik ${g2}(?:had|in huis had|had liggen)`,
  ),
  // — Issue 13, second round (written from the warning-sign categories, checked on dev only) —
  a(
    'farewell',
    `(?:voor )?(?:als|wanneer) ik er ${g1}niet (?:meer )?ben|als ik (?:weg|dood) ben|for when i'm gone|when i'm (?:gone|dead)|after i'm gone`,
  ),
  a(
    'act',
    `${PILLS} ${g3}(?:in (?:een|één|1) keer|tegelijk|allemaal) ${g2}(?:genomen|ingenomen|geslikt|doorgeslikt|gepakt|op)|(?:in (?:een|één|1) keer|tegelijk) ${g3}${PILLS} ${g2}(?:genomen|ingenomen|geslikt)`,
  ),
  a(
    'method',
    `(?:welke manier|hoe ${g2}(?:het|je het)) ${g3}(?:minst (?:pijn|pijnlijk)|zonder pijn|pijnloos)|(?:most )?painless way|pijnloos (?:dood|sterven|er een eind)`,
  ),
  c(
    'ideation',
    `\\bunalive\\w*|beter (?:zijn|af|wezen) ${g2}als (?:ik|mi) er ${g1}niet (?:meer )?(?:was|ben|zou zijn)|better off (?:without me|if i wasn't here)`,
  ),
  c('self_harm', `${SELF} ${g3}(?:verbrand|gebrand|geschroeid) ${g3}(?:expres|met opzet|bewust)`),
  a('method', `${HIGH} ${g4}hoog genoeg|(?:is|zijn) ${g2}${HIGH} ${g1}hoog genoeg|en ik rem niet`),
  ...CRISIS_FRAMES,
  // — Support: sharpen other cues, never alarm alone —
  s(
    'time',
    `vannacht|vanavond|vandaag nog|morgen|straks|nu meteen|dit weekend|tonight|today|tomorrow|right now|this weekend`,
  ),
  s(
    'farewell_hint',
    `bedankt voor alles|dank voor alles|merci voor alles|thanks for everything|thank you (?:all )?for everything|zorg goed voor (?:jezelf|elkaar)|take care of (?:yourselves|each other)|het spijt me voor alles|sorry (?:for|voor) (?:everything|alles)`,
  ),
  // A departure or a moment ("ik ga even weg", "het is tijd"): harmless alone, acute right after an earlier
  // crisis message by the same author (detect-crisis.ts).
  s(
    'departure',
    `ik ga ${g2}(?:weg|naar buiten|lopen|rijden|wandelen|een eindje|een stukje|een rondje|de deur uit)|(?:ik )?ben ${g1}(?:onderweg|weg)(?= \\.|$)|ik ben (?:weg|gone)|doei|dag allemaal|daag|bye|(?:is|het is) ${g1}(?:zover|tijd|besloten)|dan maar(?= \\.|$)|ik weet ${g1}(?:waar|wanneer|hoe|welke)|going for a (?:drive|walk)|(?:i'm|im) (?:off|leaving|going|heading)|it's time|(?:sta|zit|ben) ${g1}(?:nu )?(?:op|bij|aan|in) (?:het|de|die|dat) (?:station|spoor|brug|water|dak|zee|sluis|rails|bos|strand|duinen|kanaal|rivier|haven|pier|dijk|parkeergarage|viaduct|meer|park)|(?:i'm|im|i am) (?:now )?(?:at|on|in|by) the (?:station|tracks|bridge|water|roof|sea|beach|woods|forest|river|canal|cliff|pier|car park|parking garage)|niemand (?:is|weet) ${g1}(?:hier|waar ik (?:ben|zit))|(?:nobody|no one|noone) (?:is here|knows where i am)|ik ben hier ${g1}alleen(?= \\.|$)|pas goed op (?:jezelf|elkaar)|zeg ${g3}(?:tegen|to) ${g2}dat ik van|tell ${g3}(?:i love|that i)|sorry voor alles|(?:mijn|m'n|my) (?:telefoon|phone) ${g2}(?:uit|off)|(?:niet|nie|ni) meer ${g1}(?:zoeken|wachten)|don't wait|wacht niet op (?:me|mij)|(?:dont|do not) wait|(?:gonna|going to|i'll|i will|about to) ${g1}(?:take|go for|go on) (?:a |one )?${g1}(?:walk|drive|swim)|(?:tijd|time) (?:om te gaan|to go)|(?:ik ga|i'm going|im going|i'm gonna|im gonna) (?:nu|now)(?= \\.|$)|(?:ik )?(?:ga|rij|rijd|fiets|loop|wandel|ff|effe|efkes|even) ${g2}(?:nu |even |ff |nog )?naar (?:de|het|'t|t|die|dat) ${g1}(?:station|spoor|spoorwegovergang|overweg|brug|water|dak|zee|sluis|rails|bos|strand|kanaal|rivier|haven|pier|dijk|parkeergarage|viaduct|meer|flat|kust|klif|perron)|(?:walk|drive|going|heading|head) ${g2}(?:to|by|along) the (?:river|bridge|tracks|sea|beach|cliff|canal|lake|station|roof)`,
  ),
];

/**
 * Spans that look like crisis language but are not: idioms and explicit denials. They are blanked out
 * before the crisis patterns run.
 */
export const CRISIS_MASKS: readonly string[] = [
  // Idioms. ("doodmoe", "doodsbang", "doodgewoon" are single words and never match a pattern anyway.)
  `(?:ga|gaat|ging|gingen|lig|lag|lagen|bijna|echt) ${g1}dood van ${g1}(?:het |de )?\\w+`,
  `(?:ga|gaat|ging) ${g1}dood (?:als|aan (?:deze|die|dat|de|het)|in (?:dit|dat|die|deze)|bij elke)|dood ?graag|doodgraag|kan ${g1}niet meer van het lachen|dood van het lachen|dood van de (?:honger|dorst|kou|schrik|verveling|zenuwen)|om dood te gaan|om dood van te gaan|dood te vervelen`,
  `\\w+ is ${g1}dood(?! \\.| zijn)|(?:telefoon|batterij|accu|laptop|plant|planten|vis|auto|mobiel) ${g2}(?:dood|leeg|gestorven)`,
  `dying (?:to|for|of laughter|of boredom)|to die for|killing me|killed me|kill for|kill time|dead (?:tired|battery|phone)|(?:phone|battery|laptop|car) ${g1}(?:died|is dead)`,
  `(?:snij|snijd|snijden|sneed|gesneden) ${g2}(?:de|het|een|die|dat) (?:groente|groenten|brood|vlees|ui|uien|taart|appel|tomaat|papier|stof|haar)`,
  `cut (?:my|the|some) (?:hair|nails|vegetables|bread|paper|losses)`,
  // Denials: the author says they do not want to die / have no such thoughts.
  `(?:wil|wilde|wou) ${g1}niet ${g1}(?:meer )?dood|(?:wil|wilde) ${g1}(?:juist|graag) ${g1}leven|wil ${g1}(?:blijven )?leven`,
  `geen ${g2}(?:zelfmoordgedachten|suicidale gedachten|doodsgedachten|doodswens)|geen ${g1}gedachten ${g2}(?:meer )?(?:aan|over) (?:zelfmoord|suicide|de dood|doodgaan|dood gaan)`,
  `(?:denk|dacht|denken) ${g1}(?:niet|nooit) ${g1}(?:meer )?(?:aan|over) (?:zelfmoord|suicide|de dood|doodgaan|dood gaan|mezelf iets aandoen)`,
  `geen ${g1}(?:enkele )?gedachten ${g1}(?:om|aan|over) ${gap(6)}(?:iets aan te doen|aan te doen|te maken|dood|doodgaan|zelfmoord|te beroven)`,
  `(?:no|not having any|not having|don't have any|dont have any|haven't had any) thoughts (?:of|about) ${g3}(?:dying|hurting myself|suicide|ending (?:it|my life)|killing myself)`,
  // Thanks with a "see you": an ordinary goodbye, not a final one.
  `(?:bedankt|dank|thanks|thank you|merci) ${g2}(?:voor alles|for everything) (?:\\. )?(?:en )?(?:tot (?:volgende|morgen|straks|zo|donderdag|maandag|dinsdag|woensdag|vrijdag|zaterdag|zondag|later|snel|de volgende)|see you|see ya)`,
  // "Meer dan ik van plan was": an intention in the everyday sense, not a plan.
  `(?:dan|als) ${g2}van plan (?:was|waren|ben|is)`,
  `niet ${g1}(?:meer )?suicidaal|(?:don't|dont|do not) want to die|(?:not|no longer|never) suicidal|no (?:more )?suicidal thoughts|(?:don't|dont|do not) have suicidal thoughts`,
];

/** Clause frames: a clause that talks about prevention, someone else, or a generic "you". */
export const DISCUSSION_FRAME = `preventie|prevention|session|sessie|class|lecture|training|cursus|workshop|lezing|documentaire|docu|artikel|article|boek|book|roman|novel|memoir|film|movie|serie|series|aflevering|episode|programma|show|soap|poster|campagne|awareness|voorlichting|onderzoek|113|0800|hulplijn|crisislijn|hotline|helpline|thema|les|college|webinar|nieuws|news|journaal|krant|podcast|youtuber|rapper|zanger|zangeres|singer|nummer|song|hoofdpersoon|personage|character|spel|game|level`;
export const THIRD_PERSON_FRAME = `graf|begrafenis|uitvaart|crematie|sterfbed|pleegde|pleegden|gepleegd|committed|died by|overleed|overleden|verloor ${g2}aan|lost ${g2}to|(?:mijn|m'n|zijn|haar|haar|een) (?:vader|moeder|broer|zus|vriend|vriendin|oom|tante|neef|nicht|opa|oma|collega|buurman|buurvrouw|kennis|zoon|dochter) ${g3}(?:heeft|had|is|was|deed)`;
/**
 * Someone asking how to help another person: the message asks what to do or says help was called, and the
 * clause with the crisis words is about someone else (a relative, a friend, "hij", "ze") with no "ik" in it.
 */
export const HELPING_FRAME = `hoe (?:kan|moet|kunnen|moeten) (?:ik|we|wij) ${g3}(?:helpen|steunen|reageren|praten|bespreken|aanpakken|benaderen)|hoe help ik|hoe steun ik|hoe praat ik|hoe reageer (?:ik|je)|wat (?:moet|kan|zeg|doe) (?:ik|je) ${g2}(?:doen|zeggen|nog)?|wat zeg je tegen|wie (?:bel|moet) ik|(?:113|112|huisarts|crisisdienst|politie|mentor|ouders|moeder|vader|arts|psychiater|hulplijn) ${g2}(?:gebeld|ingelicht|gemaild|gewaarschuwd)|(?:gebeld|ingelicht) ${g2}(?:113|112|huisarts|crisisdienst|politie)|iemand tips|om (?:raad|advies)|how (?:do|can|should) (?:i|we) ${g2}(?:help|support|talk|respond|handle)|what (?:do|should|can) (?:i|we) (?:do|say)|what do you say|i called|we called|hoe (?:support|bespreek|vraag|benader) (?:ik|je)|hoe ga ik ${g3}(?:mee )?om|tips voor|moet ik ${g3}(?:doen|ingrijpen|zeggen|bellen|vertellen)|(?:ik wil|i want to) ${g3}(?:helpen|steunen|help|support)|ik maak me zorgen|i'm worried|im worried|is it (?:ok|okay) to ask|what else|signalen dat|(?:signs|warning signs) that`;
export const OTHER_PERSON = `(?:mijn|m'n|mn|zijn|z'n|zn|haar|een|onze|my|a|our) ${g1}(?:vader|moeder|pa|ma|broer|broertje|zus|zusje|vriend|vriendin|oom|tante|neef|neefje|nicht|nichtje|opa|oma|collega|buurman|buurvrouw|kennis|zoon|dochter|man|vrouw|partner|schoonzus|zwager|roommate|huisgenoot|matti|maat|friend|girlfriend|boyfriend|sister|brother|son|daughter|dad|mum|mom|father|mother|husband|wife|niece|nephew|cousin|neighbour|colleague|classmate)|hij|zij|ze|zichzelf|zichzelve|he|she|they|himself|herself|themselves|iemand uit`;
/** "ik" as the one acting; "mijn" alone does not make a clause about the author. */
export const SELF_SUBJECT = `ik|me|mij|mezelf|mijzelf|mi|i|i'm|im|myself|i've|i'd|'k`;
export const GENERIC_YOU_FRAME = `(?:als|wanneer|indien|if|when) (?:je|jij|iemand|u|you|someone|anyone|mensen|people)|bel ${g1}113|call ${g1}113`;
export const ACCIDENT_FRAME = `per ongeluk|bij het sporten|gevallen|gestruikeld|voor mijn kop|ongelukje|by accident|accidentally|tijdens het (?:koken|snijden|klussen|scheren)|while (?:cooking|shaving)|aan een (?:mes|blikje|glas|papiertje|blik)|bij het (?:koken|klussen|scheren|snijden|uien snijden)|in (?:mijn|m'n|mn) (?:vinger|duim)`;
export const ON_PURPOSE = `expres|met opzet|opzettelijk|bewust|on purpose|deliberately`;
export const FIRST_PERSON = `ik|me|mij|mijn|m'n|mezelf|mijzelf|i|i'm|im|my|myself|i've|i'd`;
/** A clause set in the past: its cues may be discounted when the message speaks of recovery. */
export const PAST_FRAME = `vroeger|(?:heb|had) ${g1}(?:jaren|jarenlang|maanden|maandenlang|lang)|jarenlang|for years|i spent years|toen ik|destijds|jaren geleden|in het verleden|een tijd geleden|lang geleden|used to|back then|years ago|in the past|als tiener|als puber|geleden|ooit|vorig jaar|vorige jaar|in (?:19|20)\\d\\d|toen|back in the day|when i was|in high school|op de middelbare|in (?:mijn|m'n) (?:tienerjaren|twintiger jaren|jeugd)|in my (?:teens|twenties)|at (?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
/** The message frames the crisis language as over: "vroeger wilde ik dood, nu gaat het beter". */
export const RECOVERY_FRAME = `(?:doe|deed) ik ${g3}niet meer|al ${g2}(?:jaar|jaren|maanden|weken) niet meer|nu gaat het ${g1}(?:veel |een stuk |stukken )?(?:beter|goed)|het gaat ${g2}(?:veel |een stuk |stukken )?(?:beter|goed)|gelukkig ${g1}(?:niet meer|voorbij)|nu (?:help|heb|ben|voel|geniet|werk|sta) ik|ben ${g1}(?:er )?(?:doorheen|uit|bovenop) gekomen|hersteld|is voorbij|achter me|(?:now|today) ${g2}(?:better|good|fine|okay|ok|happy)|things are ${g1}better|doing ${g1}better|(?:i'm|i am) ${g1}better|recovered|no longer|behind me|now i (?:help|have|am|enjoy)|(?:al|already) ${g2}(?:jaar|jaren|maanden|years|months) (?:clean|niet meer|no longer)|(?:years|jaar|jaren|maanden|months) clean|ben (?:ik )?(?:zo )?(?:trots|dankbaar)|i'm (?:so )?(?:proud|grateful)|nu (?:loop|fiets|leef|werk|studeer|lach|geniet) ik|het kan (?:echt )?(?:beter|anders) worden|it (?:does )?gets? better|nu (?:mi|ik) ${g1}(?:ben|heb|voel|dank|leef|werk)|nu (?:schrijf|schilder|sport|zing|kook|dans|teken) ik|gaat het ${g1}(?:weer |veel |echt )?(?:goed|beter)|(?:ik heb|i have) (?:nu )?(?:een )?(?:gezin|family)|herken ${g2}(?:de |die )?(?:signalen|tekens)|(?:weet|ken) ik (?:nu )?(?:wat ik (?:moet|kan) doen|mijn signalen)|(?:ik )?weet nu wat ik (?:moet|kan) doen|(?:i )?(?:know|recogni[sz]e) (?:the|my) (?:signs|triggers)|(?:now )?i know what to do|(?:i'm|im|i am) doing (?:well|good|great|okay|ok)|gets? easier|wordt (?:het )?(?:makkelijker|lichter)|nu (?:slaap|woon|studeer|vier) (?:ik|mi)|(?:uit|in) een ander leven|(?:jaar|jaren|years|year|maanden|months) ${g2}(?:vrij|free|clean)|(?:sh|self ?harm) (?:vrij|free)`;
/** Unless the message says it is back. */
export const RETURN_FRAME = `(?:komt|komen|kwam|kwamen) ${g3}terug|weer terug|opnieuw|nog steeds|nog altijd|soms nog|weer zo ver|weer zover|again|still|coming back|came back|lately|laatste tijd|tegenwoordig weer`;
