import { gap } from '../text/match-cues.js';
import type { CrisisCategory, CrisisPattern } from './crisis-lexicon.js';

/**
 * Category frames (issue 13, round three): the warning signs as families of phrases rather than single
 * sentences, written from what the signs mean (113 Zelfmoordpreventie's signals, the C-SSRS categories),
 * not from the lines the detector was measured on.
 *
 * - preparatory: giving or leaving something + finality ("mijn kat ... mag ze houden", "alles
 *   weggegeven", a letter to a child + "het is niet jouw schuld", accounts deleted + "niemand hoeft ...",
 *   "als ik morgen niet reageer ... weten jullie genoeg"), unless an ordinary reason is given (moving, an
 *   allergy, a holiday, a detox, a wedding, a game).
 * - overdose: an ingestion verb + a whole package or "everything", pills with drink, too many on purpose.
 * - self-harm: the slang (krassen, cutten, sh, bonken, branden), a blade, new cuts, a relapse after days
 *   clean, an urge (concern).
 * - method: how lethal, how high, survive, searching for ways.
 * - plan: a place or a way + finality ("ik kom niet meer terug", "dan is het klaar"), a chosen date.
 * - intent: a decision without a death word ("ik doe het echt", "mijn besluit staat vast").
 *
 * `with` is a second phrase that must occur somewhere in the message (its words are shown as a cue too);
 * `unless` is an ordinary reason that, anywhere in the message, keeps the frame quiet.
 */

const g1 = gap(1);
const g2 = gap(2);
const g3 = gap(3);
const g4 = gap(4);
const g6 = gap(6);
const g8 = gap(8);

const POSS = "(?:mijn|m'n|mn|me|mijne|mijnen|onze|ons|my|our)";
const PET =
  '(?:kat|katten|kater|katje|poes|poesje|poezen|hond|hondje|honden|konijn|konijntje|konijnen|hamster|cavia|vogel|vogeltje|vogels|papegaai|parkiet|vissen|aquarium|huisdier|huisdieren|paard|cat|cats|kitten|dog|dogs|puppy|pet|pets|rabbit|bunny|bird|birds)';
const CLOSE =
  '(?:kinderen|kids|kind|kindje|kleine|dochter|dochters|dochtertje|zoon|zonen|zoontje|ventje|jongens|meisjes|ouders|moeder|mama|mam|ma|vader|papa|pap|pa|partner|vrouw|man|vriend|vriendin|lief|zus|zusje|broer|broertje|kleinkind|kleinkinderen|kleinzoon|kleindochter|familie|gezin|husband|wife|boyfriend|girlfriend|mum|mom|mother|dad|father|parents|sister|brother|son|daughter|children|family)';
const BODY =
  '(?:arm|armen|onderarm|onderarmen|pols|polsen|been|benen|bovenbeen|bovenbenen|dij|dijen|heup|heupen|buik|enkel|enkels|huid|hand|handen|schouder|schouders|borst|arms|arm|wrist|wrists|thigh|thighs|leg|legs|hips|stomach|skin)';
const PILLS =
  '(?:pillen|pilletjes|pillekes|pillen|medicijnen|medicatie|meds|tabletten|tabletjes|slaappillen|slaapmiddelen|slaaptabletten|kalmeringstabletten|kalmeringsmiddelen|paracetamol|oxazepam|temazepam|diazepam|antidepressiva|insuline|pills|tablets|medication|painkillers|sleeping pills)';
const PACKAGE =
  '(?:strip|strips|doos|doosje|doosjes|pot|potje|potjes|fles|flesje|pakje|pakjes|zak|zakje|voorraad|kastje|medicijnkastje|pillendoos|pillendoosje|box|bottle|pack|packet|blister|supply)';
const FOOD =
  '(?:chips|bonbons|koekjes|snoep|drop|chocola|chocolade|pindakaas|ijs|pizza|cookies|candy|popcorn|wijn|bier|thee|koffie|melk|hagelslag|nootjes)';
const INGESTED =
  '(?:geslikt|ingenomen|genomen|doorgeslikt|opgemaakt|leeggemaakt|leeggehaald|leeggeslikt|opgegeten|gepopt|binnengewerkt|binnengekapt|weggespoeld|swallowed|took|taken|downed|popped)';
const DRINK = '(?:drank|wijn|wodka|vodka|bier|alcohol|whisky|rum|jenever|beer|wine|booze|een fles|a bottle)';
const PLACE =
  '(?:brug|spoor|rails|spoorlijn|overweg|dak|flat|zee|water|kust|sluis|kanaal|rivier|pier|viaduct|parkeergarage|klif|kliffen|groeve|perron|dijk|bridge|tracks|railway|roof|sea|ocean|river|cliff|cliffs|quarry|lake|coast|platform)';
const ON_PURPOSE = '(?:expres|met opzet|opzettelijk|bewust|on purpose|deliberately)';
const SYMPTOM =
  '(?:raar|duizelig|draait|tolt|suf|slaperig|misselijk|wazig|zwaar|slap|zweverig|dizzy|sick|sleepy|drowsy|heavy|numb|tintel\\w*|bonkt|vallen dicht|dubbel|benen niet|handen niet|hands)';
/** Ordinary reasons for giving things away or rehoming a pet. */
export const ORDINARY_REASON =
  'allergi\\w*|verhuis\\w*|verhuiz\\w*|emigr\\w*|huisbaas|verhuurder|vakantie|op reis|logeert|logeren|oppas|uitzending|fulltime|kringloop\\w*|kringwinkel|decluttern|declutter\\w*|marie kondo|nieuwe (?:huis|woning|appartement|baan|job)|nieuw (?:huis|appartement)|landlord|allergic|moving|move|holiday|vacation|abroad|game|games|gamen|clan|guild|items|loot|inventory|fortnite|season|geen tijd|kijken er niet|baby|zwanger|retire\\w*|pensioen|gepensioneerd|ploegendienst|shifts|kinderboerderij|op kamers|samenwonen|afgestudeerd|afstuderen|graduat\\w*|verbouwing|kledingbank|voedselbank|goede doel|goed doel|charity|bieb|bib|bibliotheek|te vol|te klein';
/** Ordinary reasons for being offline, deleting accounts, settling papers. */
const ORDINARY_ABSENCE =
  'ons testament|our wills?|we (?:hebben|wrote|made)|my partner and i|mijn (?:man|vrouw) en ik|baby|zwanger|vakantie|vliegtuig|festival|kamperen|kamp|retreat|op reis|reis|trip|holiday|flight|plane|vacation|bergen|wifi|bereik|netwerk|detox|examen\\w*|exams?|focus|lent|vasten|verslavend|uur per dag|drama|bevrijdend|calmer|nieuwe start|fresh start|notaris raad|huis gekocht|bought the house|financial advisor|hypotheek|mortgage|trouw\\w*|bruiloft|wedding|pensioen|retire\\w*|verjaardag|jarig|birthday|achttiende|school|collega|team|traditie|sinterklaas|kerst\\w*|christmas|verbouwing';
const FINAL = `(?:voorgoed|voor goed|voor altijd|for good|forever|permanent\\w*|als ik er ${g1}niet (?:meer )?ben|als ik (?:weg|dood) ben|wanneer ik er niet (?:meer )?ben|when i'm gone|after i'm gone|when i'm not (?:here|around))`;
/** The finality of a plan: no way back, it is decided, it ends there. */
const PLAN_FINAL = `(?:kom|keer|kwam) ${g2}(?:niet|nooit) ${g1}(?:meer )?terug|(?:not|never) (?:coming|come|going) back|terug (?:heb|hoef) ik ${g1}niet|enkeltje|one way ticket|dan is het ${g1}(?:klaar|voorbij|gedaan|over|op)|then it's (?:over|done)|(?:is|it's|het is) ${g1}(?:besloten|decided)|ik heb ${g1}besloten|i've decided|ik heb er vrede mee|(?:niet|nooit) meer naar beneden|(?:not|never) coming down|niemand hoeft ${g2}(?:te )?zoeken|dan ben ik weg|tot (?:het|ik) ${g1}niet meer (?:kan|gaat)|until i can't|(?:loop|zwem|wandel) ${g2}(?:door|verder) (?:tot|until)|(?:loop|zwem|wandel) gewoon (?:door|verder)|geen weg terug|voor altijd|voorgoed|for good|neem ${g2}niks mee terug|ik ben er klaar voor|i'm ready|made up my mind|(?:diep|hoog) genoeg|niet meer remmen|rem niet|niemand (?:hoeft|mag) ${g2}(?:me|mij) ${g1}(?:te )?(?:zoeken|missen)|(?:when|als) (?:everyone|iedereen) (?:is )?(?:asleep|slaapt)`;

/** Ordinary reasons to pick a date or a place: a wedding, a holiday, an appointment. */
const PLAN_DATE_ORDINARY =
  'bruiloft|trouw\\w*|wedding|party|feest\\w*|vakantie|holiday|afspraak|appointment|examen|exam|verhuizing|etentje|dinner|housewarming|reunie|reunion|borrel|operatie|surgery|uitje|groep|sessie|meeting|vergadering|concert|wedstrijd|date night|picknick|picnic|camping|vakantiehuis|trip|reis';

/** Farewell gestures to a group or the people around one. */
const GROUP_FAREWELL = `bedankt voor alles|dank (?:je |jullie |u )?voor alles|merci voor alles|thanks? (?:you )?(?:all )?for everything|thanks voor alles|(?:vergeet|forget) (?:me|mij) (?:niet|nie|ni|not)|(?:zorg|pas) ${g1}goed (?:op|voor) elkaar|(?:look after|take care of) each other|jullie (?:waren|zijn) ${g2}(?:de beste|mijn familie|mijn lichtpuntje)|you (?:were|are) ${g2}(?:the best|my family)|(?:ik ga|i'll|i will|i'm going to) ${g1}(?:jullie|you|u) ${g2}missen|zal ${g2}(?:jullie|u|je) (?:niet|ni|nie) meer ${g1}(?:lastig ?vallen|lastigvallen|storen)|(?:won't|wont) (?:bother|burden) (?:you|anyone) (?:again|anymore|any more)|dit is (?:mijn|my) (?:laatste|last|final) (?:bericht|berichtje|post|message)|my (?:final|last) (?:thank you|message|goodbye|post)|(?:dat )?ik (?:van jullie|van u) (?:hou|houd)|i love you all|ik ga (?:nu )?rusten|(?:this is|dit is) (?:my|mijn) goodbye`;
/** Ordinary reasons to say goodbye to a group. */
const ORDINARY_LEAVING = `vakantie|holiday|verhuis\\w*|verhuiz\\w*|moving|nieuwe (?:baan|job|stad|groep)|new job|laatste (?:sessie|groepssessie|bijeenkomst)|last session|traject|afgerond|behandeling|therapie|afstuder\\w*|graduat\\w*|pensioen|retire\\w*|emigr\\w*|bruiloft|wedding|verjaardag|birthday|feest|party|tot (?:volgende|de volgende) (?:week|keer)|tot snel|see you|zwanger|pregnant|stage|opleiding|reis|trip|ben ik terug|be back|andere club|other club`;

function frame(
  category: CrisisCategory,
  level: 'concern' | 'acute',
  pattern: string,
  extra: { with?: string; unless?: string; negatable?: boolean } = {},
): CrisisPattern {
  return { category, level, pattern, ...extra };
}

export const CRISIS_FRAMES: readonly CrisisPattern[] = [
  // — Preparatory: a pet handed over for good —
  frame(
    'preparatory',
    'acute',
    `${POSS} ${g1}${PET}|${PET} ${g2}(?:ondergebracht|weggegeven|afgestaan|herplaatst|woont nu|gaat nu|is nu bij)`,
    {
      with: `${FINAL}|mag (?:hem|haar|ze|het) ${g1}houden|mogen (?:hem|haar|ze|het) ${g1}houden|hoeft ${g1}niet (?:meer )?terug|(?:kan|kon) ${g3}niet meer voor ${g2}(?:zorgen|hem|haar)|(?:beter|veiliger) af (?:bij|daar)|(?:is|zijn) (?:daar|er) ${g1}beter af|verdient iemand|deserves (?:someone|better)|(?:niet|ni|nie) alleen ${g1}(?:achter|zitten|blijven)|it's (?:for good|permanent)|hoeft (?:niemand|er niemand) ${g3}(?:te )?zorgen|(?:niet|ni) moet zien wat er komt`,
      unless: ORDINARY_REASON,
    },
  ),
  // — Preparatory: giving away everything one has —
  frame(
    'preparatory',
    'acute',
    `(?:al (?:mijn|m'n|mn|me|mijne)|mijn hele|all (?:of )?my|most of my|${POSS} (?:spullen|bezittingen)|my (?:stuff|things|belongings)) ${g4}(?:weggegeven|weg gegeven|gegeven|verdeeld|uitgedeeld|weggedaan|geschonken|weggeven|given away|gave away|giving away)|(?:alles|everything) ${g4}(?:weggegeven|weg gegeven|verdeeld|uitgedeeld|weggedaan|given away|gave away|giving away)|(?:weggegeven|verdeeld|uitgedeeld|gave away|given away|giving away) ${g1}(?:alles|al (?:mijn|m'n|mn|me)|everything|all (?:of )?my|most of my)|(?:geef|verdeel) ${g1}(?:alles|al (?:mijn|m'n|mn|me)|mijn hele|everything) ${g4}(?:weg|onder|uit)(?= \\.|$| aan| deze| this)`,
    { unless: ORDINARY_REASON },
  ),
  // — Preparatory: nobody will have to clear up after me —
  frame(
    'preparatory',
    'acute',
    `niemand hoeft ${g4}(?:op te ruimen|uit te zoeken|door te zoeken|te regelen|ruzie|te ruzieen|op te lossen)|(?:hoeft|hoeven) ${g3}(?:straks|later|daarna) ${g3}(?:niks|niets|nergens) ${g2}(?:op te ruimen|te regelen|uit te zoeken|over te vallen)|nobody (?:has|needs|will have) to (?:deal with|clean up|sort|go through)|(?:er )?hoeft (?:niks|niets) van (?:mij|me) over te blijven|so nobody has to`,
    { unless: ORDINARY_ABSENCE },
  ),
  // — Preparatory: a letter, note or message for loved ones, with what makes it a goodbye —
  frame(
    'preparatory',
    'acute',
    `(?:brief|brieven|briefje|briefjes|briefke|kaartje|kaartjes|berichtje|berichten|bericht|filmpje|video|voicememo|spraakbericht|mail|email|note|notes|letter|letters|message|messages|envelop) ${g4}(?:voor|aan|to|for|naar) ${g1}(?:${POSS} ${g1}${CLOSE}|iedereen|everyone|allebei|each of|${CLOSE})|(?:voor|aan|to|for) ${g1}${POSS} ${g1}${CLOSE} ${g4}(?:brief|brieven|briefje|kaartje|bericht|filmpje|video|voicememo|note|letter|letters|message)`,
    {
      with: `niet (?:jouw|je|haar|zijn|hun|jullie|z'n|jou|hunne) ${g1}schuld|not (?:your|his|her|their|anyone's) fault|on (?:them|you|him|her)(?= \\.|$)|sorry ${g2}(?:voor|for) (?:alles|everything)|van (?:hem|haar|ze|jullie|hen|je|jou|hun) (?:hield|hielden)|${FINAL}|(?:vinden|vindt|vind) ${g2}(?:hem|ze|het) ${g1}(?:wel|straks|later|morgen)|(?:find|finds|read) it (?:tomorrow|later|when|after)|when (?:she|he|they) needs? it|voor later|openen als|sterk (?:moet|moeten) (?:zijn|blijven)|klaargelegd|ligt klaar|liggen klaar|neergelegd|achtergelaten|ingepland|scheduled|met (?:hun|zijn|haar|de) (?:naam|namen) erop|explains everything|legt alles uit|(?:dat|that) ${g1}(?:mama|papa|opa|oma|mum|mom|dad) ${g2}(?:altijd )?(?:van|loved)`,
      unless: ORDINARY_ABSENCE,
    },
  ),
  // — Preparatory: a will, a funeral wish, passwords left, while young or "in case" —
  frame(
    'preparatory',
    'acute',
    `(?:testament|uitvaartwensen|begrafeniswensen|crematiewensen|een will|a will|my will|mijn will|will geschreven|playlist voor (?:mijn|m'n) (?:begrafenis|uitvaart)|muziek voor (?:mijn|m'n) (?:begrafenis|uitvaart)) ${g4}(?:opgesteld|gemaakt|geschreven|laten opmaken|laten maken|geregeld|getekend|written|wrote|made|sorted|klaargezet|opgeschreven|gemaild)|(?:opgesteld|gemaakt|geschreven|getekend|wrote|written|made) ${g2}(?:een |mijn |m'n |a |my )?(?:testament|will)(?= \\.|$| at| op| bij| en| and| gisteren| last)`,
    { unless: ORDINARY_ABSENCE },
  ),
  frame(
    'preparatory',
    'acute',
    `(?:wachtwoorden|wachtwoord|pincode|pincodes|inloggegevens|passwords|password|pin code|code van (?:mijn|m'n|mn) (?:telefoon|laptop|bank)) ${g6}(?:gegeven|opgeschreven|gelegd|gemaild|doorgegeven|gave|written down|left)`,
    {
      with: `voor het geval|voor als|in case|als het nodig is|just in case|waar ${g2}(?:papieren|spullen|documenten)|(?:dan is dat|dat is) ${g1}(?:ook )?geregeld|na mij|after me`,
      unless: ORDINARY_ABSENCE,
    },
  ),
  // — Preparatory: deleting every trace —
  frame(
    'preparatory',
    'acute',
    `(?:accounts?|socials|insta|instagram|facebook|snap|snapchat|tiktok|whatsapp|telefoon|foto's|fotos|chats|berichten|alles|every account|all my accounts|my phone|my accounts) ${g4}(?:verwijderd|gewist|gedelete|gedeletet|gedeleted|deleted|leeggemaakt|wiped|cleared|opgezegd)`,
    {
      with: `niemand (?:hoeft|gaat|kan|zal) ${g4}(?:zoeken|lezen|vinden|zien|opruimen|door)|nobody|no one|(?:sporen|traces)|(?:niks|niets) (?:van (?:mij|me)|meer) ${g1}over|na (?:mij|me)|(?:after|afterwards)(?= \\.|$)|voorgoed|for good|(?:niet|nooit|ni) meer ${g2}(?:terug|vinden|zien)|makkelijker voor iedereen|easier for everyone|anyone (?:reading|to read|going through)|no more traces|clean slate`,
      unless: ORDINARY_ABSENCE,
    },
  ),
  // — Preparatory: "you won't have to worry about me" —
  frame(
    'preparatory',
    'acute',
    `geen zorgen meer ${g3}(?:om|over) (?:me|mij)|(?:hoeven|hoeft|hoef) ${g4}(?:niet|ni|nie) meer ${g2}(?:om|over) (?:me|mij) ${g1}(?:te )?(?:piekeren|zorgen|tobben|maken)|(?:won't|will not|wont|don't|dont|do not|won't ever) (?:have to|need to|ever have to) worry about me|(?:have to|need to) worry about me (?:much )?(?:longer|anymore)|worry about me much longer|(?:jullie|je|ze|iedereen|you) ${g1}(?:zijn|bent|zijt|zijn) ${g2}van (?:me|mij) af|van (?:mijn|mn|m'n) (?:gezeik|gezeur|drama) af`,
    {
      unless: `het gaat ${g2}(?:beter|goed)|gaat (?:weer )?goed met (?:me|mij)|i'm (?:fine|okay|ok|doing better)`,
    },
  ),
  // — Preparatory: "if I'm not online tomorrow, you know why" —
  frame(
    'preparatory',
    'acute',
    `(?:als|if|moest|mocht) ${g3}(?:ik|mijn status|mn status|me status|my status|my last seen|mijn last seen|jullie|je|ge|u|you) ${g4}(?:niet|nie|ni|niks|niets|nothing|not|don't|dont|doesn't) ${g3}(?:reageer|reageren|online|antwoord|hoort|horen|hoor|ziet|zien|post|reply|respond|hear|here|offline)|(?:als|if) ${g4}offline ${g1}(?:staat|blijft|stays)|(?:if|als) ${g2}(?:this|dit) ${g1}(?:is )?(?:mijn|my) laatste (?:post|bericht)`,
    {
      with: `(?:weet|weten|wete|wet|know) ${g3}(?:genoeg|waarom|hoe|het|why|what)|(?:hoeven|hoeft) ${g3}(?:niet|nie|ni) ${g1}(?:te )?zoeken|(?:fault|schuld)|(?:hou|houd|hield|hielden|love|loved) ${g1}(?:van )?(?:jullie|you|je)|mattered|dankbaar|grateful|stopped|tegenhouden|hoe de vork|none of you|ik ben weg|dag allemaal|doei`,
      unless: ORDINARY_ABSENCE,
    },
  ),
  // — Preparatory: a goodbye for ever, or calls and visits that close things off —
  frame(
    'preparatory',
    'acute',
    `(?:doei|dag|daag|salut|vaarwel|bye|goodbye|tot ziens|adieu|ciao|doeg) ${g2}(?:voor altijd|voorgoed|forever|for good|for ever)`,
  ),
  frame(
    'preparatory',
    'acute',
    `(?:gedag|dag|afscheid|goodbye|goodbyes|bye) ${g3}(?:gezegd|zeggen|genomen|nemen|said|say|to)|(?:iedereen|everyone|everybody) ${g4}(?:gebeld|geappt|ge appt|gezien|bezocht|bedankt|gevraagd|called|texted|thanked)|nog (?:een|1|een) (?:laatste )?keer ${g4}(?:gebeld|bezocht|gezien|geknuffeld|bedankt|gezegd|bedanken|zien)|(?:laatste|last) (?:keer|time) ${g3}(?:bezocht|gezien|visited|saw)|(?:alles|iedereen|everyone) ${g1}vergeven|forgave everyone`,
    {
      with: `nu (?:is het|kan ik) ${g1}(?:goed|gaan|rond|klaar)|klaar om te gaan|(?:ready|okay|ok) to go|(?:alles|het) is ${g1}(?:nu )?(?:rond|af|geregeld)(?= \\.|$)|het is goed zo|nu komt de rust|eindelijk ${g1}rust|(?:rustig|kalm|calm) (?:nu|now)|feel calm|at peace|vrede|(?:voordat|before) ik ga|als ik er niet|afsluiting|${FINAL}|nooit (?:vergeet|vergeten)|never forget|later weten|kracht meer`,
      unless: `verhuis\\w*|nieuwe baan|andere groep|laatste sessie|traject|afgerond|behandeling is klaar|met pensioen|moving|new job|graduat\\w*|afstuderen|vakantie|holiday`,
    },
  ),
  // — Preparatory, round four: a farewell to the group in everyday words, two gestures of it together
  // ("bedankt voor alles" + "vergeet me niet", "zorg goed voor elkaar" + "ik zal jullie niet meer lastigvallen") —
  frame('preparatory', 'acute', GROUP_FAREWELL, { with: GROUP_FAREWELL, unless: ORDINARY_LEAVING }),
  // — Preparatory: things given away because one will not need them any more —
  frame('preparatory', 'acute', `(?:gegeven|weggegeven|weg gegeven|geschonken|afgestaan|gave|given)`, {
    with: `(?:heb|heeft|hebben) ${g3}(?:niet|nie|ni) meer nodig|(?:niks|niets) meer aan|(?:won't|will not|wont) (?:be )?need(?:ing)? (?:it|them)|(?:don't|dont) need (?:it|them) (?:anymore|any more)|(?:moet|moeten|must) ${g3}(?:aan mij|aan me|of me) denken|iets van (?:mij|me) (?:heeft|hebben|houdt|houden)|(?:something|anything) to remember me|waar ik heen ga|where i'm going`,
    unless: `${ORDINARY_REASON}|nieuwe|nieuw|new one|te klein|te groot|past ${g1}niet|passen ${g1}niet|verjaardag|birthday|kerst|christmas|cadeau|present|sinds ik|since i|want ik heb (?:een )?(?:nieuwe|andere)`,
  }),
  // — Preparatory: everything arranged, and for whom or with what calm —
  frame(
    'preparatory',
    'acute',
    `alles (?:is )?${g2}(?:geregeld|op orde|klaargezet|klaar gezet|klaargemaakt|klaar gemaakt|klaargelegd|afgerond|op papier gezet)|(?:alles|everything) ${g3}(?:geregeld|op orde gebracht|op orde gemaakt|sorted|arranged|in order)|klaar met alles ${g1}(?:regelen|te regelen|opruimen)|(?:it's|its) all sorted|(?:heb|have) ${g3}(?:mijn|m'n|mn|my) (?:zaken|bankzaken|papieren|affairs|admin) ${g2}(?:geregeld|op orde|sorted|in order)`,
    {
      with: `voor (?:mijn|m'n|mn|de|my) ${g1}${CLOSE}|(?:weet|weten|knows?) ${g2}waar ${g3}(?:ligt|liggen|is|are)|hoeft ${g3}(?:niet|nie|ni) ${g1}(?:te )?zoeken|wie wat krijgt|who gets what|nu (?:is het|ben ik|kan ik|voel ik me) ${g1}(?:goed|rustig|klaar|gaan|kalm)|(?:ik ben|i'm|i am) (?:er )?klaar (?:mee|voor)|(?:rustig|kalm|calm) (?:nu|now)|hoef ${g2}(?:niks|niets) meer|sleutels bij|pincode|wachtwoorden|passwords|quitte|gemachtigd|${FINAL}`,
      unless: `${ORDINARY_ABSENCE}|verhuis\\w*|verhuiz\\w*|moving|nieuwe (?:baan|huis|woning)|belasting\\w*|aangifte|tax|verbouwing|feest|party|begrafenis|uitvaart|overleden|funeral|doop|geboorte`,
    },
  ),
  // — Overdose: a whole package, everything, too many on purpose, with drink —
  frame(
    'act',
    'acute',
    `(?:hele|heel|volle|gehele|whole|entire|full) ${g1}${PACKAGE}(?! ${FOOD})(?! van (?:de|het) ${FOOD})|${PACKAGE} ${g2}(?:${PILLS} )?${g1}(?:leeg|op)(?= \\.|$| en| ik| nu| bro| alles)`,
    {
      with: `${INGESTED}|leeg|empty|gone|${SYMPTOM}|${ON_PURPOSE}|sorry|slapen|sleep`,
      unless: `apotheek|apotheker|recept|herhaalrecept|besteld|bestellen|ophalen|pharmacy|refill|prescription|nieuwe (?:strip|doos|pot)|laatste pil|op vakantie|bijsluiter`,
    },
  ),
  frame(
    'act',
    'acute',
    `(?:te veel|teveel|too many|too much|way too many|veel te veel) ${g3}(?:${PILLS} )?${g2}(?:genomen|ingenomen|geslikt|gepakt|took|taken|swallowed)|(?:genomen|ingenomen|geslikt|gepakt|took|taken|swallowed) ${g3}(?:te veel|teveel|too many|way too many|veel te veel)`,
    {
      with: `${ON_PURPOSE}|${SYMPTOM}|bang|scared|sorry`,
      unless: 'per ongeluk|by accident|by mistake|accidentally|vergeten|forgot',
    },
  ),
  frame(
    'act',
    'acute',
    `(?:${PILLS}|alles|allemaal|everything|all of them) ${g4}(?:met|with) ${g3}${DRINK}|${DRINK} ${g4}(?:met|with) ${g3}${PILLS}|(?:weggespoeld|washed down|doorgespoeld) ${g4}(?:met|with)`,
    {
      with: INGESTED,
      unless: 'kan ik|mag ik|can i|should i|is het erg|bijsluiter|afgeraden|drink geen|beter niet',
    },
  ),
  frame(
    'act',
    'acute',
    `(?:alles|alle|al (?:mijn|m'n|mn|me|mijne|de)|allemaal|everything|all (?:of )?(?:my|the|them|it)) ${g4}${INGESTED}|${INGESTED} ${g2}(?:alles|everything|all (?:of )?(?:my|the|them))|(?:i|i've|just) (?:took|swallowed|downed|taken) ${g2}(?:everything|all)|od'd|overdosed|overdoseerd`,
    {
      with: `${PILLS}|${PACKAGE}|kastje|voorraad|${SYMPTOM}|${ON_PURPOSE}|slapen|sleep|sorry|wachten|wacht|bang|scared`,
      unless: `wat ik moest|volgens (?:schema|voorschrift)|voorgeschreven|zoals afgesproken|ontbijt|vergeten in te nemen|${FOOD}|items|loot`,
    },
  ),
  // — Self-harm: the slang, a blade, fresh cuts, a relapse, an urge —
  frame(
    'self_harm',
    'concern',
    `(?:weer|opnieuw|again|terug|toch|elke (?:dag|avond|nacht)|every night) ${g3}(?:gekrast|gekerfd|gesneden|gesnede|gecut\\w*|gesh\\w*|ge sh\\w*|aan (?:het|'t|t) (?:krassen|snijden|cutten|kerven)|krassen|snijden|cutten|kerven|cut|cutting|sh'd|shd)|(?:gekrast|gekerfd|gesneden|gecut\\w*|cut|cutting|sh'd) ${g3}(?:weer|again|opnieuw)`,
    {
      unless:
        'auto|fiets|telefoon|scherm|lak|tafel|haar|nagels|groente|ui|uien|brood|vlees|hair|nails|bread|onions|taart',
    },
  ),
  frame(
    'self_harm',
    'concern',
    `sh|sh'd|sh'en|ge sh'd|gesh'd|shd|gecut|gecutted|gekerfd|kerven|cutten|selfharmen`,
    {
      unless: `vroeger|jaar clean|jaren clean|years clean|year clean|proud|trots|vieren|celebrat\\w*|(?:al|already) ${g2}(?:jaar|jaren|years)|vrij|free|history|verleden|geschiedenis|video|clip|edit\\w*|montage|filmpje`,
    },
  ),
  frame(
    'self_harm',
    'concern',
    `relapse\\w*|terugval|(?:streak|teller) ${g2}(?:kwijt|op nul|weg|gone|reset)|(?:dagen|weken|maanden|days|weeks|months) clean ${g3}(?:toch|weer|again|kwijt|voorbij|weg|verpest|gone)|(?:na|after) ${g2}(?:dagen|weken|maanden|days|weeks|months) (?:clean|zonder|sh vrij|free)`,
    {
      with: `sh|sh'd|sh'en|gecut|gekerfd|kerven|cutten|cut|cutting|snij\\w*|sned\\w*|gesneden|kras\\w*|gekrast|mesje|blade|razor|${BODY}|zelfbeschadig\\w*|self harm\\w*|selfharm\\w*|bloed|blood|verband|gedaan`,
      unless: `vroeger|jaren clean|years clean|proud|trots|vieren|celebrat\\w*|(?:al|already) ${g2}(?:jaar|jaren|years)|roken|smoking|drinken|drinking|alcohol|gokken`,
    },
  ),
  frame(
    'self_harm',
    'concern',
    `(?:mesje|mesjes|scheermesje|scheermesjes|blade|blades|razor) ${g4}(?:gebruikt|used|gepakt|gesneden|weer|again)|(?:gebruikt|used) ${g3}(?:mesje|blade|razor)|(?:mesje|blade) ${g3}uit ${g3}(?:puntenslijper|slijper|sharpener|scheermes)|(?:puntenslijper|slijper|sharpener|scheermes|scheermesjes) ${g3}(?:gesloopt|uit elkaar|opengemaakt|gehaald|broke|took apart)`,
  ),
  frame(
    'self_harm',
    'concern',
    `(?:nieuwe|verse|new|fresh|diepe|deep) (?:sneetjes|sneeen|sneden|snee|krassen|cuts|snijwonden|brandwonden|burns|wondjes)|(?:nieuwe|new) (?:lijnen|lines) ${g3}(?:op|on) ${POSS} ${BODY}|${BODY} ${g3}(?:vol|onder|covered in|full of) ${g2}(?:krassen|sneetjes|sneden|cuts|snijwonden|brandwonden|blauwe plekken|bloed)`,
  ),
  frame(
    'self_harm',
    'concern',
    `(?:hoofd|kop|kopje|vuist|vuisten|hand|handen|head|fist) ${g4}(?:tegen|in|into|against) ${g2}(?:de|een|the|a) ${g1}(?:muur|deur|kast|wand|wall|door|spiegel|mirror)|(?:punched|punch|hit|banged|bang) (?:the|a) (?:wall|door|mirror)`,
    {
      with: `${ON_PURPOSE}|tot ${g4}|until|again|weer|moest|had to|pijn|bult|bloed|open|split|bonk\\w*|gebonkt|geramd|geslagen`,
      unless: 'per ongeluk|by accident|accidentally|gestruikeld|gevallen',
    },
  ),
  frame(
    'self_harm',
    'concern',
    `(?:sigaret|peuk|aansteker|strijkbout|strijkijzer|hete lepel|hete pan|lighter|cigarette|iets heets) ${g4}(?:op|tegen|aan|on|to|against) ${g1}${POSS} ${g1}${BODY}|${POSS} ${g1}${BODY} ${g3}(?:tegen|aan|op) ${g2}(?:de |een )?(?:hete|heet|kachel|strijkijzer|strijkbout|pan|fornuis)|${BODY} ${g2}(?:opengekrabd|open gekrabd|opengekrast|open gekrast|opengehaald|raw)|(?:scratch\\w*|scratched) ${g3}${BODY} raw|(?:burned|burnt|burning) myself|(?:mezelf|mijzelf|me) ${g3}(?:verbrand|gebrand|geschroeid)|(?:nagels|nails) ${g4}(?:in|into) ${g1}${POSS} ${g1}${BODY}|(?:gebeten|bijt|beet|bit) ${g2}in ${POSS} ${BODY}`,
    {
      unless:
        'per ongeluk|by accident|accidentally|tijdens het koken|bij het koken|while cooking|bij het strijken|ongelukje',
    },
  ),
  frame(
    'self_harm',
    'concern',
    `(?:drang|urge|behoefte|neiging|aandrang) ${g2}(?:om )?(?:te )?(?:krassen|snijden|cutten|kerven|branden|sh'en|sh|cut|self harm|mezelf ${g2}(?:pijn|snijden|slaan|krassen)|to (?:cut|hurt myself|burn))|(?:wil|want|wanna) ${g3}(?:cutten|krassen|snijden|sh'en|cut)(?= \\.|$| rn| nu| vanavond| tonight| maar)`,
    { unless: 'taart|groente|uien|brood|vlees|haar|hair|video|film|clip', negatable: true },
  ),
  // — Method: how lethal, how high, survive, ways —
  frame(
    'method',
    'acute',
    `(?:hoeveel|hoelang|hoe lang|hoe hoog|hoe diep|hoe snel|welke|is (?:het|een|die|dat)|zou (?:een|het)|zijn die|kan je|kun je|overleef|how (?:many|much|long|high|deep|fast)|which|is it) ${g8}(?:dodelijk\\w*|fataal|fatale|lethal|fatal|overleef\\w*|survive\\w*|niet meer (?:wakker|op|boven)|not (?:wake up|survive)|to not wake|zodat (?:je|ik) niet meer|niks meer voelt|pijnloos|painless|zonder pijn|definitely (?:fatal|be fatal)|genoeg om (?:niet|dood|te sterven|er)|enough to (?:kill|die|not))`,
    {
      unless:
        'mag ik|mag je|maximum|maximaal|max dosis|bijsluiter|how long did it take|werken|working|start working|in de film|in het spel|game',
    },
  ),
  frame(
    'method',
    'acute',
    `(?:opgezocht|gezocht|zoeken|zoek|googlen|gegoogled|gegoogeld|googled|searched|searching|looked up|reading|lezen|gelezen|gekeken|filmpjes|zoekgeschiedenis|search history) ${g6}(?:manieren ${g2}(?:om|voor|waarop|hoe) ${g3}(?:dood|sterven|het te doen|er ${g1}(?:een )?eind|een eind|niet meer wakker|zelfmoord|mezelf|het einde)|manier ${g3}(?:minst|snelst|zekerst|pijnloos)|(?:meest zekere|zekerste|snelste|pijnloze) manier|ways to (?:die|kill|end|do it|not wake)|dodelijk\\w*|lethal|bruggen|hoogte|hoe hoog|hoe diep|hoe (?:je|ik|mensen) het (?:doen|doet|zou|kan)|welke (?:pillen|medicijnen|brug|flat|manier)|how (?:high|to do it|people do it)|hoe mensen het doen|zekerste|pijnloos|painless)`,
    {
      unless: `manieren om (?:beter|te slapen|te ontspannen|te stoppen met roken|af te vallen|geld)|recepten|recipes|hiking|beter te slapen|(?:ways|way) to (?:sleep|relax|cope|calm|help)`,
    },
  ),
  frame(
    'method',
    'acute',
    `(?:pillen|pills|touw|rope|strop) (?:of|or) (?:de |het |een |the |a )?(?:pillen|pills|touw|rope|trein|train|brug|bridge|spoor|tracks|auto|car|water)|(?:trein|train|brug|bridge|spoor|tracks|auto|car|water) (?:of|or) (?:de |het |een |the |a )?(?:pillen|pills|touw|rope|strop)|(?:${PILLS}|pillen) ${g2}(?:geteld|counted) ${g4}(?:genoeg|enough|uitgerekend)|gaskraan ${g4}(?:open|ramen dicht)|koolmonoxide|carbon monoxide|uitlaatgassen|slang ${g4}(?:garage|uitlaat)|garage ${g4}(?:slang|hose)|car is running in the garage`,
    { unless: 'melder|detector|alarm|ketel|cv|verbouwing|onderhoud|film|serie|game|quiz' },
  ),
  // — Plan: a place or a way, and no way back —
  frame(
    'plan',
    'acute',
    `(?:naar|to|op|bij|aan|onto|off) ${g2}(?:de|het|een|the|a|die|dat|onze|our) ${g1}${PLACE}|${PLACE} ${g1}in(?= \\.|$| en| tot| and| until)`,
    {
      with: PLAN_FINAL,
      unless:
        'vuurwerk|fireworks|wachten op|waiting for|vertraging|delay|waar zijn jullie|where are you|te laat|running late|zonsondergang|sunset|picknick|picnic|zwemles|strandtent',
    },
  ),
  frame(
    'plan',
    'acute',
    `(?:stuur|stuurt|sturen|rij|rijd|rijden|ram|rammen|knal|knallen|crash|drive|steer) ${g6}(?:tegen|into|in) ${g2}(?:een |de |het |a |the )?(?:boom|pijler|muur|vrachtwagen|truck|tree|wall|vangrail|tegenligger|betonblok)|(?:stuur|steer|wheel) ${g4}(?:naar links|naar rechts|into) ${g4}(?:vrachtwagen|truck|tegenligger|boom|pijler|bus)|niet meer remmen|zonder te remmen|(?:won't|will not|not going to) brake|(?:vol gas|full speed|op volle snelheid|met \\d+) ${g6}(?:tegen|in|into)`,
    {
      with: `${PLAN_FINAL}|straks|vannacht|vanavond|morgen|gewoon|expres|on purpose|tonight|besloten|decided|klaar`,
      unless: 'per ongeluk|bijna|almost|rijles|verkeersles|game|gta|film',
    },
  ),
  frame(
    'plan',
    'acute',
    `(?:de |een )?(?:datum|dag|plek|plaats|avond|nacht|moment|date|place|spot|night|day|welke (?:brug|flat|trein|spoor|tijd)|which (?:bridge|train|night)) ${g3}(?:gekozen|uitgekozen|uitgezocht|bepaald|vastgesteld|staat vast|ligt vast|picked|chosen|set|op de kalender)|(?:ik weet|i know) (?:nu )?(?:waar en wanneer|where and when|welke (?:brug|flat|trein|plek|dag))`,
    {
      unless: PLAN_DATE_ORDINARY,
    },
  ),
  // A date written down, with a place or no way back ("the date is in my diary. the bridge").
  frame(
    'plan',
    'acute',
    `(?:written|wrote|put|marked|circled|geschreven|gezet|aangekruist|omcirkeld|genoteerd) ${g3}(?:the |a |de |een )?(?:date|datum|dag) ${g2}(?:in|op|on) ${g1}(?:my|mijn|m'n|mn|de|the) (?:diary|agenda|calendar|kalender|planner)|(?:date|datum) ${g2}(?:staat )?(?:in|op) (?:my|mijn|m'n|mn) (?:diary|agenda|calendar|kalender|planner)`,
    { with: `${PLACE}|${PLAN_FINAL}|het is zover|zondag is het|it's the day`, unless: PLAN_DATE_ORDINARY },
  ),
  frame(
    'plan',
    'acute',
    `(?:koord|noose) ${g4}(?:opgehangen|gekocht|klaar|gebruiken|bought|ready|tied)|(?:bought|tied) (?:a |the )?(?:rope|noose)|(?:touw|strop|koord) ${g4}(?:gebruiken|opgehangen)`,
    {
      with: `${PLAN_FINAL}|vannacht|vanavond|morgen|straks|tonight|slaapt|asleep|klaar`,
      unless: 'tent|kamperen|camping|zeilen|boot|klimmen|climbing|waslijn|schommel|verhuizing|springtouw',
    },
  ),
  // — Intent without a death word —
  frame(
    'intent',
    'acute',
    `(?:ik |i )?(?:doe|do) (?:het|it) ${g2}(?:echt|deze keer|dit keer|vannacht|tonight|vanavond|this time|for real|nu echt)(?= \\.|$| niemand| no one)|(?:dit|deze) keer maak ik het af|going through with it|go through with it|(?:vrede|peace) ${g2}(?:gesloten )?(?:met|with) (?:mijn|m'n|my) (?:besluit|beslissing|decision)|(?:geen|not a) (?:kreet om hulp|cry for help)`,
  ),
  frame(
    'intent',
    'concern',
    `(?:besluit|beslissing|decision) ${g3}(?:staat vast|genomen|is gemaakt|vast)(?! om| te| over| voor)|(?:heb|i've|i have) ${g2}(?:besloten|decided|made up my mind)(?= \\.|$)|it's decided|het is besloten(?= \\.|$)`,
    {
      unless: `stoppen met (?:roken|drinken|werk)|verhuiz\\w*|verhuis|nieuwe baan|ontslag|scheiden|scheiding|studie|opleiding|marathon|vakantie|relatie|quit (?:smoking|drinking|my job)|move|moving|dieet|sporten`,
    },
  ),
  // — A passive wish in everyday words: tired of life itself (round four) —
  frame(
    'ideation',
    'concern',
    `(?:ben|is|zijn) ${g2}(?:het|dit|m'n|mijn|mn|me) leven ${g2}(?:zat|moe|beu)|levensmoe|(?:tired|sick) of (?:life|living|being alive)`,
  ),
];
