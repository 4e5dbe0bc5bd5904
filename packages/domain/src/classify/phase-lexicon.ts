import { type PhaseId } from '../phases/phases.js';
import { type CuePattern, gap } from '../text/match-cues.js';

/**
 * Cue lexicon for the phase classifier, written from the phase definitions (PRODUCT.md and the source
 * text), not from corpus lines. Patterns run on normalised text: lower case, no diacritics, clause
 * punctuation as " . " (see normalize-text.ts).
 *
 * Weights: 3 = the phrase says the phase on its own ("dat herken ik", "op voet van gelijkheid");
 * 2–2.5 = a clear signal; 1–1.5 = supporting evidence that needs company to decide anything.
 * `neutraal` cues (logistics, greetings, thanks, the weather) compete with the phases so that a passing
 * word ("bellen", "samen") in a practical question does not turn it into a phase.
 */
export const NEUTRAL = 'neutraal' as const;
export type PhaseCueLabel = PhaseId | typeof NEUTRAL;

const g1 = gap(1);
const g2 = gap(2);
const g3 = gap(3);
const g4 = gap(4);
const g5 = gap(5);

const ME = '(?:me|mij|mezelf|mijzelf)';
const SELF = '(?:mezelf|mijzelf)';
const PEER = '(?:jij|jou|jullie|hem|haar|u)';
const KIN =
  '(?:zus|zusje|broer|broertje|moeder|moeke|mama|vader|papa|pa|ma|ouders|dochter|zoon|kinderen|kids|familie|vriend|vriendin|vrienden|vriendinnen|oma|opa|tante|oom|neef|nicht|buurvrouw|buurman|buren|partner|vrouw|man|ex|schoonmoeder|collega)';
const KIN_EN =
  '(?:mum|mom|mother|dad|father|parents|sister|brother|daughter|son|kids|family|friend|friends|grandma|partner|wife|husband)';
const CONTACT_VERB =
  '(?:gebeld|opgebeld|bellen|belde|bel|app|spreek|zie|bezoek|gesproken|spreken|gezien|zien|bezocht|bezoeken|opgezocht|opzoeken|goedgemaakt|goed gemaakt|geappt|appen|geschreven|gemaild|uitgenodigd|contact)';

function p(
  label: PhaseCueLabel,
  pattern: string,
  weight: number,
  negatable = false,
): CuePattern<PhaseCueLabel> {
  return { label, pattern, weight, negatable };
}

const projectie: CuePattern<PhaseCueLabel>[] = [
  // "Nobody understands me" — feelings placed on the others.
  p(
    'projectie',
    `(?:niemand|geen mens|geen hond) ${g3}(?:begrijpt|snapt|begrijpen|snappen|weet|kent|luistert|ziet)(?: (?:me|mij|mijn|het|dat))?`,
    3,
  ),
  p(
    'projectie',
    `(?:niemand|geen mens) ${g3}(?:kan|kon|zal|zou) ${g4}(?:begrijpen|snappen|voorstellen|helpen|iets mee|iets mee doen|iets over zeggen|wat mee)`,
    3,
  ),
  p('projectie', `${ME} begrijpt ${g1}niemand`, 3),
  p(
    'projectie',
    `(?:begrijpen|snappen|begrijpt|snapt|weten|weet|menen|meent|geven|geeft) ${g3}(?:niks|niets|geen bal|geen zak|er niks|er niets)(?: van)?`,
    2.5,
  ),
  p(
    'projectie',
    `(?:ze|zij|jullie|je|die|hij|men|mensen|anderen) ${g2}(?:hebben|heeft|hebt) ${g1}(?:echt |totaal |helemaal |gewoon )?geen (?:idee|flauw idee|benul|weet)`,
    2.5,
  ),
  p('projectie', `(?:hebben|heeft|hebt) ${g1}makkelijk praten`, 3),
  p('projectie', `(?:nooit|niet) (?:meegemaakt|doorgemaakt) wat ik`, 2.5),
  p('projectie', `wat (?:hebben|heb|hebt) (?:jullie|jij|je|ze|zij) ${g2}meegemaakt`, 2.5),
  p('projectie', `(?:niemand|geen mens) heeft het ${g1}(?:ooit )?zo (?:zwaar|moeilijk|erg)`, 3),
  // "I am totally different" — holding on to being unlike everyone else blocks recognition.
  p(
    'projectie',
    `(?:ik ben|ben ik) ${g2}anders (?:dan|als) ${g2}(?:de rest|iedereen|jullie|anderen|de anderen|andere mensen|de wereld|normale mensen)`,
    3,
  ),
  p('projectie', `anders dan (?:de rest|iedereen|alle anderen)`, 2),
  p('projectie', `bij mij ${g1}(?:ligt|is|zit|gaat) (?:het|dat) ${g2}(?:anders|ingewikkelder)`, 2.5),
  p(
    'projectie',
    `(?:mijn|m'n) (?:situatie|probleem|problemen|verhaal|geval|leven|pijn) (?:is|zijn|ligt) ${g1}(?:zo |heel |totaal |compleet |echt |gewoon )*(?:anders|uniek|apart|erger)`,
    2.5,
  ),
  p('projectie', `(?:zo |echt |heel )?uniek`, 1),
  p('projectie', `pas ${g1}(?:nergens|niet) (?:bij|tussen|in)`, 3),
  p('projectie', `hoor (?:hier|er|daar) ${g1}niet (?:bij|thuis)`, 2.5),
  p(
    'projectie',
    `(?:ik ben|ben ik) ${g1}niet zoals (?:jullie|jij|de rest|anderen|iedereen|die anderen)`,
    2.5,
  ),
  p('projectie', `buitenbeentje|vreemde eend`, 2),
  // Blame and distrust.
  p(
    'projectie',
    `(?:het |dat )?ligt ${g1}(?:altijd|steeds|toch|nooit) ${g1}aan (?:de ander|de anderen|die anderen|andere mensen|anderen|hen|hun|hem|haar|jullie|de rest|de wereld|iedereen|de maatschappij|het systeem)`,
    3,
  ),
  p(
    'projectie',
    `(?:de |het )?schuld van (?!mezelf|mijzelf|mij\\b|me\\b)${g1}(?:mijn|m'n|de|die|hen|hun|jullie|anderen|iedereen|hem|haar)`,
    2.5,
  ),
  p('projectie', `(?:nooit|geen) ${g1}eerlijke kans`, 2.5),
  p(
    'projectie',
    `(?:de hele wereld|iedereen|alles|allemaal|ze|jullie) ${g1}(?:is|zijn|staat|staan) tegen ${ME}`,
    3,
  ),
  p('projectie', `vertrouw(?:en)? ${g1}niemand`, 3),
  p('projectie', `niet te vertrouwen`, 2.5),
  p(
    'projectie',
    `vertrouw ${g1}(?:jullie|die|ze|hen|hun|hulpverleners|mensen|de begeleiders|begeleiders) ${g1}niet`,
    2.5,
  ),
  p('projectie', `verborgen agenda|dubbele agenda`, 2.5),
  p('projectie', `(?:in de steek gelaten|laten ${ME} ${g1}(?:vallen|stikken|in de steek))`, 2),
  p(
    'projectie',
    `kan (?:ze|hen|hun|jullie|hem|haar) ${g1}(?:niks|niets|geen bal|geen moer|geen reet) schelen`,
    2.5,
  ),
  p('projectie', `(?:luisteren|luistert) ${g1}(?:toch )?nooit`, 2),
  p('projectie', `(?:hebben|heeft) ${g2}oordeel ${g1}klaar`, 2.5),
  p('projectie', `(?:doen|doet) (?:alleen maar )?hun werkje`, 2),
  // Irritation at others' weakness.
  p('projectie', `erger ${ME} ${g2}aan`, 2.5),
  p('projectie', `ergeren ${ME}|irriteren ${ME}|irritant|ergerlijk`, 2),
  p('projectie', `zwakkelingen|aanstellers|zeurpieten|watjes|slappelingen`, 2.5),
  p('projectie', `(?:zo|zijn|allemaal|echt|ook) zwak`, 2),
  p('projectie', `gezeur|gezeik|gejammer|gejank|zeuren|zeiken|janken|mekkeren`, 2),
  p('projectie', `(?:kleine |stomme )?probleempjes`, 2),
  p('projectie', `stelt (?:niks|niets|weinig) voor`, 2),
  p('projectie', `doen alsof`, 1.5),
  // Assumptions about what others think of me.
  p('projectie', `(?:kijkt|kijken) ${g1}(?:op ${ME} neer|neer op ${ME})`, 3),
  p('projectie', `(?:kijkt|kijken) ${g2}naar ${ME} alsof`, 2.5),
  p(
    'projectie',
    `(?:denken|denkt|vinden|vindt|zien|ziet) ${g2}(?:me|mij|ik) ${g3}(?:gek|raar|vreemd|zwak|dom|zielig|gestoord|mislukt|lui|een aansteller|lastig|niks waard|een loser|een mislukkeling|aanstel|overdrijf|een zeur|zeur|een last|stom|een zwakkeling|een probleemgeval|een geval)`,
    2.5,
  ),
  p(
    'projectie',
    `(?:denken|denkt|vinden|vindt) ${g3}dat ik ${g3}(?:gek|raar|zwak|dom|lui|zielig|me aanstel|overdrijf|lieg|niks kan|het verdien)`,
    2.5,
  ),
  p(
    'projectie',
    `(?:dat )?zie ik ${g1}aan (?:hun|hen|jullie|zijn|haar|die) ${g1}(?:gezichten|gezicht|blik|blikken|ogen)`,
    2.5,
  ),
  p('projectie', `lachen ${ME} ${g2}uit|uitgelachen`, 2),
  p('projectie', `achter (?:mijn|m'n) rug`, 2),
  p('projectie', `(?:oordelen|oordeelt|veroordelen|veroordeelt) ${g1}(?:over )?${ME}`, 2.5),
  p('projectie', `(?:vinden|vindt|denken|zien) ${ME} ${g1}(?:vast|zeker|toch|natuurlijk)`, 1.5),
  p('projectie', `(?:dus )?(?:zeg|hou|houd) ik ${g1}liever (?:niks|niets|mijn mond)`, 1.5),
  p('projectie', `(?:is|dat is) (?:jullie|jouw|hun|zijn|haar) probleem`, 2.5),
  p('projectie', `heb ${g1}niemand nodig`, 2.5),
  p('projectie', `(?:maken|maakt) het ${g1}(?:alleen maar )?(?:erger|slechter)`, 1.5),
  p('projectie', `herken ${ME} ${g2}niet in|herken (?:ik )?${ME} ${g1}(?:totaal|helemaal) niet`, 1.5),
  p('projectie', `(?:snapt|begrijpt) ${g1}(?:mij|me) ${g1}(?:echt )?(?:niet|nooit)`, 2),

  p(
    'projectie',
    `wat (?:weten|snappen|begrijpen|weet|snapt|begrijpt) (?:jullie|jij|ze|zij|hij|die) ${g2}van`,
    3,
  ),
  p(
    'projectie',
    `(?:jullie|ze|zij|jij|niemand|je|hij|mensen) ${g1}(?:weten|weet) ${g1}niet hoe (?:het|dat) ${g1}(?:is|voelt)`,
    3,
  ),
  p(
    'projectie',
    `(?:jullie|ze|zij|jij|je|hij|niemand|mensen|anderen|die) ${g1}(?:snappen|snapt|begrijpen|begrijpt) (?:het|dat|mij|me|er) ${g1}(?:toch |echt |gewoon |helemaal )?(?:niet|nooit|niks)`,
    3,
  ),
  p('projectie', `erger dan (?:wat )?(?:jullie|jij|de rest|anderen|iedereen|die van|bij jullie)`, 3),
  p('projectie', `niet zoals (?:die|de|jullie|al die|andere|die andere)`, 2.5),
  p('projectie', `ik zou (?:dat|zoiets|zo) ${g1}nooit`, 2),
  p('projectie', `niemand (?:[\\w']+ ){0,4}(?:me|mij)(?! missen)`, 2.5),
  p(
    'projectie',
    `(?:ziet|zien|behandelt|behandelen|behandeld|zag) (?:mij|me) ${g1}(?:alleen |maar |gewoon |enkel )*als (?:een )?(?:dossier|nummer|patient|geval|diagnose|probleem|ziekte|lastpost|label)`,
    3,
  ),
  p(
    'projectie',
    `(?:hebben|heeft|hebt) ${g2}(?:mijn leven|alles|mij|me) ${g1}(?:verpest|kapotgemaakt|kapot gemaakt|geruineerd|verwoest|afgepakt)`,
    3,
  ),
  p(
    'projectie',
    `(?:zij|ze|jullie|hij|die|zij daar) (?:zijn|is) de (?:reden|oorzaak) ${g1}(?:dat|van|waarom)`,
    3,
  ),
  p('projectie', `(?:zijn|is) ${g1}schuld aan|(?:hun|zijn|haar|jullie) schuld`, 2.5),
  p('projectie', `volgens mij (?:menen|denken|vinden|doen) (?:jullie|ze|zij|ze allemaal)`, 1.5),
  p('projectie', `snap niet waarom (?:die|de|jullie|ze|mensen|sommige|iemand)|zich ${g1}laten gaan`, 2),
  p('projectie', `word ${g1}gek van (?:mensen|die|jullie|ze|hen|al die)`, 2.5),
  p('projectie', `(?:zielig|slachtoffer) ${g1}(?:voordoen|uithangen|spelen)|zich ${g2}voordoen`, 2),
  p(
    'projectie',
    `(?:iedereen|ze|jullie|mensen|allemaal) ${g1}(?:is|zijn|doen) ${g1}(?:nep|fake|hypocriet|egoistisch|oneerlijk|onecht)|doen ${g1}(?:alleen maar )?aardig`,
    2.5,
  ),
  p(
    'projectie',
    `(?:willen|wil) ${ME} ${g2}(?:veranderen|kleineren|klein houden|wegzetten|kwijt)|accepteert ${ME}`,
    2,
  ),
  p(
    'projectie',
    `pretend(?:s|ing)? to|(?:nobody|no one) (?:actually|really) (?:does|cares)|(?:fake|hypocrites|hypocritical)`,
    2,
  ),
  p('projectie', `(?:my|their) fault|ruined my life|(?:worse|harder) than (?:you|anyone|everyone)`, 2.5),
  // English.
  p(
    'projectie',
    `(?:no one|nobody|no-one|none of you) ${g5}(?:understands|understand|gets|get|knows|know|cares|care|listens|sees)`,
    3,
  ),
  p(
    'projectie',
    `(?:i'm|i am|im) ${g2}different (?:from|than) ${g1}(?:everyone|everybody|you|the rest|others|other people)`,
    3,
  ),
  p('projectie', `(?:my|this) (?:situation|problem|case|story) is ${g2}(?:different|unique)`, 2.5),
  p('projectie', `(?:don't|dont|never|do not) fit in`, 2.5),
  p(
    'projectie',
    `(?:they|everyone|everybody|people|you all) ${g2}(?:think|thinks) (?:i'm|i am|im|that i'm) ${g1}(?:crazy|weird|weak|stupid|mad|a freak|lazy|pathetic|faking|exaggerating)`,
    2.5,
  ),
  p('projectie', `(?:someone|somebody|everyone|everybody) else's fault|(?:their|your|his|her) fault`, 2.5),
  p('projectie', `(?:so|are|all|really) weak|always complaining|(?:whining|whiners|moaning)`, 2),
  p('projectie', `(?:can't|cant|cannot|don't|dont|never) trust (?:anyone|anybody|people|you|them)`, 3),
  p('projectie', `hidden agenda`, 2.5),
  p('projectie', `look(?:s|ing)? down on me|judg(?:e|es|ing) me|against me`, 2.5),
  p('projectie', `(?:you|they) ${g1}(?:have|had) no idea|easy for you to say`, 2.5),
  // Issue 13 round four (phase14): rejection and distrust told in connection's words, blamed on the others.
  p(
    'projectie',
    `(?:ze|zij|die|jullie|mensen|iedereen) ${g2}(?:moeten|moet|mogen|mag) (?:mij|me) ${g1}niet`,
    2.5,
  ),
  p('projectie', `(?:achter|in) (?:je|jouw|mijn|m'n) rug`, 2),
  p(
    'projectie',
    `(?:laat|laten) (?:niemand|geen mens) ${g1}(?:meer )?(?:binnen|toe|dichtbij|dichterbij)`,
    2.5,
  ),
  p(
    'projectie',
    `geen vertrouwen ${g1}in (?:mensen|anderen|iemand|hulpverleners|de mensen|de hulpverlening)`,
    2.5,
  ),
  p('projectie', `niemand ${g3}(?:wil|wilt|wou) ${g2}(?:contact|iets te maken|iets) met (?:mij|me)`, 3),
];

const herkenning: CuePattern<PhaseCueLabel>[] = [
  // Seeing oneself in the other: the tipping point.
  p('herkenning', `herkenbaar|herkenbare|zo herkenbaar|heel herkenbaar`, 3, true),
  p('herkenning', `herken(?:de|den|t)?`, 3, true),
  p('herkenning', `herkenning`, 2, true),
  p('herkenning', `(?:ik dacht|dacht ik) ${g3}(?:de enige|de enigste|alleen ik|alleen mij)`, 3),
  p('herkenning', `niet (?:de|het) enig(?:e|ste)`, 3),
  p(
    'herkenning',
    `(?:ik ben|ben ik|we zijn|zijn we) ${g1}(?:dus |toch |blijkbaar |gewoon )?niet alleen (?:hierin|in|met|daarin)`,
    2.5,
  ),
  p('herkenning', `net als (?:bij )?${PEER}`, 2.5),
  p('herkenning', `net zoals (?:bij )?${PEER}|(?:net )?zo als bij ${PEER}`, 2.5),
  p('herkenning', `precies (?:zo|hetzelfde|dit|wat ik|hoe ik|hoe het|zoals ik|mijn verhaal|mij)`, 2),
  p(
    'herkenning',
    `(?:exact|precies|letterlijk|helemaal) (?:wat|hoe) ik ${g1}(?:voel|voelde|meemaak|meemaakte|doormaak|bedoel|heb|had|denk|dacht)`,
    3,
  ),
  p('herkenning', `(?:dat|dit) ben ik|dat is (?:precies |exact |helemaal )?(?:mij|mijn verhaal)`, 2.5),
  p('herkenning', `bij mij ${g2}(?:ook|precies zo|net zo|hetzelfde)`, 2.5),
  p(
    'herkenning',
    `(?:dat|dit|die|het|zo|precies|zoiets) (?:heb|had|ken|voel|voelde|ervaar|ervoer) ik ${g1}ook`,
    3,
  ),
  p('herkenning', `(?:dat|dit|zo|precies|zoiets) (?:doe|deed) ik ${g1}ook(?<!nu ook)`, 2.5),
  p('herkenning', `(?:heb|had|ken|kende) ik ${g1}(?:ook|precies|exact|net zo)`, 2.5, true),
  p('herkenning', `(?:ik heb|ik had) (?:dat|dit|het|precies dat|hetzelfde) ${g1}ook`, 2.5),
  p('herkenning', `(?:voel|voelde) (?:ik )?(?:me|mij) ${g1}ook (?:zo|vaak zo|precies zo|zo vaak)`, 3),
  p('herkenning', `zo (?:voel|voelde|ging|gaat|ervaar|deed|doe|denk|dacht|was) ${g3}ook`, 2.5),
  p('herkenning', `ken ik ${g2}(?:goed|maar al te goed|zo goed|ook|heel goed|wel)`, 2.5, true),
  p('herkenning', `(?:dat|dit|die|dat gevoel) ${g3}ken ik`, 2.5, true),
  p('herkenning', `(?:zie|zag|zien) ${g3}(?:mezelf|mijzelf) ${g2}(?:in|terug)`, 3),
  p(
    'herkenning',
    `(?:zie|zag) (?:ik )?(?:mezelf|mijzelf|me|mij) (?:in ${PEER}|in jouw|in je|in het verhaal)`,
    3,
  ),
  p('herkenning', `(?:had|heb) ik (?:zelf )?kunnen (?:schrijven|zeggen|zijn|vertellen)`, 3),
  p('herkenning', `(?:had|kon|kan) ${g1}over (?:mij|mezelf) ${g1}(?:kunnen )?gaan`, 3),
  p('herkenning', `woorden uit (?:mijn|m'n) mond`, 3),
  p('herkenning', `alsof ${g3}(?:mezelf|mijzelf|over mij|mijn eigen verhaal|mijn verhaal)`, 3),
  p('herkenning', `(?:eindelijk|gelukkig) ${g1}iemand die ${g1}(?:begrijpt|snapt|weet|voelt|kent)`, 3),
  p('herkenning', `iemand die (?:begrijpt|snapt|weet) (?:waar|wat|hoe) ik`, 2.5),
  p(
    'herkenning',
    `(?:iemand anders|anderen|andere mensen|jij|jullie|een ander|meer mensen|zij|hij) ${g2}(?:dit|dat|het|hetzelfde|dezelfde|zoiets) ${g2}ook ${g1}(?:meemaakt|meemaken|meemaakte|hebben|heeft|hadden|had|hebt|voelen|voelt|voelde|kent|kennen|doormaakt|doormaken|doormaakte|ervaren|ervaart)`,
    3,
  ),
  p('herkenning', `(?:jou|jij|jullie|je|anderen|hem|haar|iemand anders) ${g1}ook zo`, 2.5),
  p('herkenning', `(?:dan|dus) ben ik ${g1}(?:toch )?niet (?:gek|raar|vreemd|abnormaal|de enige)`, 2.5),
  p('herkenning', `(?:hebben|hadden|zijn|waren) we ${g1}(?:dus )?(?:allebei|allemaal|hetzelfde)`, 2),
  p('herkenning', `(?:raakte|raakt|raken) ${g1}(?:me|mij)|geraakt door`, 1.5),
  p('herkenning', `(?:lucht|luchtte) (?:op|me op)|opluchting`, 1),
  p('herkenning', `(?:ik )?ook zo`, 1),

  p(
    'herkenning',
    `(?:jij|je|u|jullie|hij|zij) (?:hebt|heeft|hebben|had|hadden|kent|kennen) (?:dat|dit|het) ${g1}ook`,
    3,
  ),
  p('herkenning', `(?:iemand anders|anderen|andere mensen|meer mensen|een ander) ${g4}(?:als|zoals) ik`, 2.5),
  p(
    'herkenning',
    `(?:meer mensen|anderen|andere mensen|er zijn meer) ${g3}(?:zich )?zo ${g1}(?:voelen|voelt|hebben|denken)`,
    2.5,
  ),
  p(
    'herkenning',
    `(?:zag|zie|hoorde|hoor|las|lees|herkende|herken) ${g2}(?:mijn|m'n) eigen (?:verhaal|leven|schaamte|angst|gevoel|gevoelens|pijn|worsteling|situatie|gedachten|jeugd)`,
    3,
  ),
  p(
    'herkenning',
    `van (?:mij|mezelf) (?:kunnen|hadden kunnen) (?:zijn|komen)|(?:hadden|had|konden|kon) ${g2}van (?:mij|mezelf) (?:kunnen )?(?:zijn|komen)`,
    3,
  ),
  p(
    'herkenning',
    `(?:had|heb|hadden|hebben) ${g1}(?:precies|exact|ook|net) (?:zo'n|zo een|zulke|zulk|dezelfde|hetzelfde|zoiets)`,
    3,
  ),
  p(
    'herkenning',
    `net (?:of|alsof) ${g4}(?:mijn|m'n|over mij)|alsof ${g3}(?:mijn|m'n) (?:dagboek|gedachten|hoofd|leven|verhaal)`,
    2.5,
  ),
  p(
    'herkenning',
    `(?:the )?exact same|(?:had|have|felt|feel|went through|experienced|go through) (?:the )?same (?:thing|feeling|experience|way)`,
    3,
  ),
  p(
    'herkenning',
    `(?:i'm|i am|im|you're|you are|we're|we are) not alone (?:in|with)|(?:i|you) (?:am|are)n't alone in`,
    2.5,
  ),
  p('herkenning', `(?:het is|is het|was het) bij mij ${g1}(?:ook|hetzelfde|net zo)`, 3),
  p('herkenning', `(?:ik|mij) ook(?: \\.|$| zo| al| hoor| precies)`, 2),
  // English.
  p(
    'herkenning',
    `(?<!(?:helps|help|helped|gives|give|gave|tell|tells|told|to|for|with|hurts|hurt|calls|call) )me too|same here|same for me|same with me`,
    3,
  ),
  p('herkenning', `same`, 1.5),
  p('herkenning', `(?:that's|that is|thats|this is|this's) ${g1}(?:exactly )?me`, 3),
  p('herkenning', `exactly (?:how|what) i (?:feel|felt|went through|go through|think|thought)`, 3),
  p('herkenning', `(?:thought|felt|believed) i was the only one|not the only one`, 3),
  p('herkenning', `recogni[sz](?:e|ed|ing)|recognition|relatable|i can relate|relate to`, 3, true),
  p('herkenning', `(?:see|saw) myself in`, 3),
  p(
    'herkenning',
    `(?:for|with) me too|(?:i|me) (?:feel|felt|had|have|did) (?:the same|that too|this too|exactly that)`,
    2.5,
  ),
  p('herkenning', `could have written (?:this|that|it)|(?:you're|you are) describing me|just like you`, 3),
];

const gelijkwaardigheid: CuePattern<PhaseCueLabel>[] = [
  p('gelijkwaardigheid', `gelijkwaardig(?:e|heid)?|gelijkwaardiger`, 3, true),
  p(
    'gelijkwaardigheid',
    `(?:op )?voet van gelijkheid|op gelijke voet|op gelijke hoogte|op hetzelfde niveau|(?:hetzelfde|zelfde) niveau`,
    3,
  ),
  p('gelijkwaardigheid', `gelijken|gelijkheid`, 2.5),
  p(
    'gelijkwaardigheid',
    `(?:iedereen|we|wij|allemaal|we zijn|iedereen is) ${g3}gelijk(?! gehad| heb| hebt| heeft)`,
    2.5,
  ),
  p('gelijkwaardigheid', `(?:maakt|maakte|maken) (?:het|ons|dat) gelijk`, 2.5),
  p('gelijkwaardigheid', `hierarchie|hierarchisch|rangorde`, 3),
  p(
    'gelijkwaardigheid',
    `niet ${g1}(?:als|alleen als) (?:een )?(?:patient|patienten|client|clienten|diagnose|nummer|dossier|geval|ziekte|stoornis|probleem|zielig geval|label)`,
    3,
  ),
  p('gelijkwaardigheid', `(?:als|gewoon) (?:een )?(?:mens|mensen)\\b(?! zijn die)`, 2),
  p('gelijkwaardigheid', `mens (?:tussen|onder) de mensen`, 2.5),
  p(
    'gelijkwaardigheid',
    `(?:ieders|iedereens|jouw|elke|elk|iedere|ieder z'n|ieder zijn|onze|ons aller) (?:ervaring|ervaringen|stem|verhaal|mening|inbreng|kennis)`,
    2.5,
  ),
  p(
    'gelijkwaardigheid',
    `(?:telt|tellen|tel) ${g1}(?:net zo zwaar|net zo veel|evenveel|even zwaar|ook|mee)`,
    2,
  ),
  p('gelijkwaardigheid', `(?:iedereen|ieder|elke stem|elk verhaal) (?:telt|doet ertoe|mag er zijn)`, 2.5),
  p(
    'gelijkwaardigheid',
    `(?:net zo|even|net zoveel|net zo veel|evenveel) (?:zwaar|belangrijk|waardevol|veel waard|waard|serieus|gewaardeerd|welkom)`,
    2.5,
  ),
  p('gelijkwaardigheid', `evenveel (?:te zeggen|inbreng|waard|ruimte|spreektijd)`, 2.5),
  p(
    'gelijkwaardigheid',
    `niemand ${g1}(?:is|staat|voelt zich) ${g1}(?:beter|boven|meer|minder|hoger|belangrijker|de baas|de expert|de deskundige)`,
    3,
  ),
  p(
    'gelijkwaardigheid',
    `niet (?:beter|meer|minder|hoger|lager) dan (?:een ander|anderen|de ander|jij|jou|wie dan ook|de rest|iemand anders)`,
    2.5,
  ),
  p('gelijkwaardigheid', `(?:kleiner|groter) ${g1}(?:te )?(?:maken|voordoen) dan`, 2),
  p('gelijkwaardigheid', `(?:op ${g1}kijken tegen|neerkijken op)`, 2),
  // The facilitator is a member too: shares, takes part, does not know better.
  p(
    'gelijkwaardigheid',
    `(?:begeleider|begeleiders|begeleidster|hulpverlener|hulpverleners|therapeut|therapeuten|professional|professionals|trainer|trainers|coach) ${g4}(?:ook|eigen|zelf|doet mee|doen mee|deed mee|tussen ons|in de kring)`,
    2,
  ),
  p(
    'gelijkwaardigheid',
    `(?:begeleider|hulpverlener|professional|therapeut|behandelaar|arts|dokter|staf)s? ${g2}(?:of|en|als|tussen) ${g2}(?:deelnemer|deelnemers|client|clienten|patient|patienten|cursist|cursisten|ons)`,
    2,
  ),
  p('gelijkwaardigheid', `(?:geen|niet het) verschil tussen`, 2.5),
  p('gelijkwaardigheid', `leren ${g2}van elkaar|van elkaar ${g1}leren`, 3),
  p('gelijkwaardigheid', `(?:helpen|helpers|hulpverleners) ${g3}geholpen worden`, 2.5),
  p(
    'gelijkwaardigheid',
    `iedereen ${g1}(?:heeft|mag|kan) ${g2}(?:iets te (?:brengen|bieden|zeggen|geven)|zijn zegje|haar zegje|meepraten|meedoen|meebeslissen)`,
    2.5,
  ),
  p('gelijkwaardigheid', `(?:zijn|haar|je|ons) zegje`, 1.5),
  p(
    'gelijkwaardigheid',
    `geen (?:diagnose|diagnoses|labels|hokjes|etiketten|etiket|nummer|dossier|titels|rangen|witte jassen)`,
    2,
  ),
  p('gelijkwaardigheid', `maakt ${g1}niet uit (?:of|wat|wie|welke) ${g2}(?:je|jij|iemand)`, 1.5),
  p('gelijkwaardigheid', `(?:je bent|mag je zijn|mag zijn) ${g1}wie je bent`, 2),
  p(
    'gelijkwaardigheid',
    `(?:expert|deskundige|ervaringsdeskundige|ervaringsdeskundigen|specialist) (?:van|op|over) (?:mijn|zijn|haar|je|jouw|ons|onze|hun|z'n|het) ${g1}(?:eigen )?(?:leven|ervaring|ervaringen|verhaal)`,
    3.5,
  ),
  p('gelijkwaardigheid', `ervaringskennis|ervaringswijsheid`, 2),
  p('gelijkwaardigheid', `serieus genomen|gelijk behandeld|als gelijke`, 2.5),
  p('gelijkwaardigheid', `(?:respect|waardering) voor ${g1}(?:ieders|iedereen|elkaars|elkaar)`, 2),
  p('gelijkwaardigheid', `(?:niet )?weggezet als`, 2),
  p('gelijkwaardigheid', `(?:samen|wij|we) ${g1}(?:bepalen|beslissen|besluiten)`, 2),
  p('gelijkwaardigheid', `niemand is de baas|geen baas`, 2.5),
  p('gelijkwaardigheid', `(?:zelfde|hetzelfde) schuitje`, 2.5),

  p(
    'gelijkwaardigheid',
    `niet over ${ME} ${g2}maar met ${ME}|met ons in plaats van over ons|niet over ons zonder ons`,
    3,
  ),
  p('gelijkwaardigheid', `(?:het )?laatste woord|(?:aan )?dezelfde tafel|(?:aan )?de zelfde tafel`, 2.5),
  p(
    'gelijkwaardigheid',
    `(?:of|ofwel) (?:je|jij|u|iemand) ${g1}(?:nou |nu )?(?:arts|begeleider|hulpverlener|deelnemer|client|patient|professional|psychiater|therapeut|ervaringsdeskundige|trainer|directeur) ${g1}(?:bent |is )?(?:of|en) ${g2}(?:arts|begeleider|hulpverlener|deelnemer|client|patient|professional|ervaringsdeskundige|niet|cursist)`,
    3.5,
  ),
  p(
    'gelijkwaardigheid',
    `(?:het|dat|alles|elk verhaal|ieder verhaal|iedere ervaring|elke ervaring) telt(?! af)`,
    2,
  ),
  p(
    'gelijkwaardigheid',
    `niet ${g1}boven (?:ons|de groep|anderen|een ander|jullie|de deelnemers|iemand)|boven ons (?:staan|plaatsen|verheffen)|niet (?:weggewuifd|weggezet|weggehoond|afgedaan)`,
    2.5,
  ),
  p(
    'gelijkwaardigheid',
    `wat (?:je|jouw|iemands|ieders) (?:achtergrond|diagnose|opleiding|functie|rol|verleden|titel) ${g1}ook (?:is|was)|hoef ${g2}niet ${g3}(?:diagnose|label|achtergrond|titel) te`,
    3,
  ),
  p(
    'gelijkwaardigheid',
    `(?:om )?van (?:jullie|ons|elkaar|de deelnemers|de groep) ${g1}(?:te )?leren|leer ${g2}van (?:jullie|ons|de deelnemers)`,
    2.5,
  ),
  p(
    'gelijkwaardigheid',
    `(?:kijkt|kijken) ${g2}op (?:een ander|anderen|elkaar|niemand) neer|niemand kijkt ${g2}neer`,
    3,
  ),
  p(
    'gelijkwaardigheid',
    `net zo ${g2}(?:toe doet|ertoe doet|telt|belangrijk|waardevol)|(?:iedereen|ieder|elkaar) ${g2}(?:even|net zo|evenveel) (?:goed|veel|serieus|hard)`,
    2.5,
  ),
  p(
    'gelijkwaardigheid',
    `naar iedereen ${g2}(?:geluisterd|luisteren)|iedereen wordt ${g1}(?:gehoord|gezien|serieus)`,
    2.5,
  ),
  p(
    'gelijkwaardigheid',
    `(?:doesn't|does not|don't|do not) matter (?:who|what|if|whether)|we all bring|everyone brings|(?:all|everyone) (?:has|have) something to (?:give|offer|bring)`,
    2.5,
  ),
  // English.
  p(
    'gelijkwaardigheid',
    `equal|equals|equality|as equals|on equal footing|same level|level playing field`,
    3,
    true,
  ),
  p('gelijkwaardigheid', `no hierarchy|not hierarchical`, 3),
  p('gelijkwaardigheid', `not (?:as )?(?:a |an )?(?:patient|diagnosis|number|case|client|label)`, 3),
  p('gelijkwaardigheid', `as a (?:person|human being|human)|as people`, 2),
  p('gelijkwaardigheid', `learn from (?:each other|one another)`, 3),
  p(
    'gelijkwaardigheid',
    `(?:everyone's|everybody's|every|your|each) (?:experience|voice|story|opinion) (?:counts|matters|is valued)`,
    3,
  ),
  p(
    'gelijkwaardigheid',
    `(?:nobody|no one) is (?:the )?(?:expert|boss|better|above)|expert on my (?:own )?life`,
    3,
  ),
  p(
    'gelijkwaardigheid',
    `staff or not|whether you're staff|(?:facilitator|therapist|staff) ${g3}(?:shared|shares|too|also|own)`,
    2,
  ),
  // Issue 13 round four (phase14): equality as turns — who has not spoken yet, professionals waiting their turn.
  p(
    'gelijkwaardigheid',
    `(?:nog )?niet aan (?:bod|de beurt|het woord) ${g1}(?:gekomen|geweest|komen|kunnen komen)`,
    2.5,
  ),
  p(
    'gelijkwaardigheid',
    `(?:zijn|haar|hun|onze|mijn) beurt (?:af)?(?:wachten|wachtte|wachtten|wacht)|(?:wachtte|wachtten|wacht|wachten) ${g2}beurt af`,
    2.5,
  ),
  p(
    'gelijkwaardigheid',
    `niet (?:de|het) (?:patient|zieke|probleemjongen|probleemgeval|probleemkind|client)`,
    2.5,
  ),
  p('gelijkwaardigheid', `gewoon (?:een )?deelnemer|een van de groep`, 2),
];

const verbinding: CuePattern<PhaseCueLabel>[] = [
  // Connection with others: no longer alone, belonging, meeting up, family.
  p(
    'verbinding',
    `niet (?:meer )?(?:zo )?(?:alleen|eenzaam)(?: meer)?(?! de| het| maar| omdat| als| voor| in| met| hierin| daarin)`,
    3,
  ),
  p('verbinding', `minder (?:alleen|eenzaam|geisoleerd)`, 3),
  p(
    'verbinding',
    `hoor ${g1}(?:er|erbij|hier|daar|ergens) ${g1}(?:weer |echt |nu |ook |helemaal |gewoon |eindelijk )*bij`,
    3,
    true,
  ),
  p('verbinding', `erbij horen|ergens bij horen|erbij hoor|er weer bij`, 2.5, true),
  p('verbinding', `(?:een |mijn )?plek ${g2}(?:gevonden|in de wereld|in de maatschappij|waar ik)`, 2.5, true),
  p(
    'verbinding',
    `(?:voel|voelt|voelde) ${g3}(?:thuis|welkom|verbonden|gedragen|gesteund|opgenomen)`,
    2.5,
    true,
  ),
  p('verbinding', `verbonden|verbondenheid`, 2, true),
  p(
    'verbinding',
    `(?:verbinding|contact) met (?:mezelf|mijzelf|anderen|jullie|de groep|mijn omgeving|mensen)`,
    3,
  ),
  p(
    'verbinding',
    `samen ${g3}(?:koffie|thee|wandelen|gewandeld|eten|gegeten|lunchen|sporten|fietsen|drinken|zijn|iets doen|iets drinken|naar|uit|koken|een kop|een rondje)`,
    2.5,
  ),
  p(
    'verbinding',
    `(?:zullen|zouden|gaan|kunnen|willen) we ${g4}(?:samen|koffie|wandelen|afspreken|bellen|appen|eten|lunchen|iets drinken|iets doen|naar|elkaar)`,
    2.5,
  ),
  p(
    'verbinding',
    `zin om ${g4}(?:samen|koffie|wandelen|af te spreken|te bellen|iets te doen|te lunchen)`,
    2.5,
  ),
  p('verbinding', `afspreken|afgesproken|spreken ${g1}af|spraken af`, 2),
  p(
    'verbinding',
    `op de koffie|(?:kop|kopje|bakje) koffie (?:drinken|doen|gedronken|gedaan)|koffie ${g1}(?:drinken|gedronken|doen) met`,
    2.5,
  ),
  p(
    'verbinding',
    `met ${g2}(?:gewandeld|geluncht|gegeten|gebeld|afgesproken|koffie gedronken|geappt|gesport|gefietst|gekookt|gepraat|gesproken)`,
    2,
  ),
  p('verbinding', `${CONTACT_VERB} ${g4}(?:mijn|m'n|met mijn|met m'n|naar mijn|de|met de) ${KIN}`, 2.5),
  p('verbinding', `(?:mijn|m'n) ${KIN} ${g4}${CONTACT_VERB}`, 2.5),
  p(
    'verbinding',
    `(?:het )?(?:weer )?goedgemaakt|weer contact|contact (?:houden|gehouden|blijven houden|hersteld)|houden ${g1}contact|in contact blijven`,
    3,
  ),
  p(
    'verbinding',
    `(?:elkaars|ons|onze) (?:nummer|nummers|telefoonnummer|telefoonnummers)|nummers? uitwisselen`,
    3,
  ),
  p('verbinding', `appgroep|groepsapp|whatsappgroep|groepje`, 2.5),
  p(
    'verbinding',
    `elkaar ${g3}(?:spreken|zien|bellen|appen|ontmoeten|opzoeken|treffen|steunen|vasthouden)`,
    2.5,
  ),
  p(
    'verbinding',
    `(?:nieuwe |weer |echte )?(?:vrienden|vriendschap|vriendschappen|vriendin) ${g2}(?:gemaakt|gevonden|om mee|erbij)|(?:nieuwe|weer|echte) vrienden`,
    2.5,
  ),
  p('verbinding', `fijn dat jullie er zijn|ik mis jullie|mis jullie|mis de groep|kijk ${g2}uit naar`, 3),
  p(
    'verbinding',
    `(?:blij|dankbaar|fijn|gelukkig) ${g2}(?:met|voor|om|dat) ${g1}(?:jullie|elkaar|deze groep|de groep)`,
    2,
  ),
  p('verbinding', `warm bad|thuiskomen|een tweede thuis`, 2),
  p('verbinding', `samen zijn|samen met jullie|bij elkaar`, 2),
  p('verbinding', `(?:koor|club|vereniging|sportclub|buurthuis|sportschool|team)`, 1),
  // Connection with oneself: self-worth, self-care, knowing what I want, saying no.
  p('verbinding', `(?:zorg|zorgen|zorgde) ${g2}voor ${SELF}|zelfzorg|${SELF} ${g1}verzorgen`, 3),
  p('verbinding', `eigenwaarde|zelfvertrouwen|zelfrespect|zelfcompassie|zelfwaardering|zelfliefde`, 2, true),
  p(
    'verbinding',
    `(?:eigenwaarde|zelfvertrouwen|zelfrespect) ${g2}(?:groeit|komt|terug|beter|sterker|hoger|groter)`,
    3,
  ),
  p(
    'verbinding',
    `(?:weet|weten|voelen|voel|ontdekken|ontdek|ontdekt) ${g3}wat ik ${g1}(?:wil|belangrijk vind|nodig heb|voel|waard ben)`,
    3,
  ),
  p(
    'verbinding',
    `(?:aangeven|aan te geven|aangegeven|zeggen|vragen|vraag|uitspreken) ${g2}wat ik ${g1}(?:nodig heb|wil|belangrijk vind|voel)`,
    3,
  ),
  p(
    'verbinding',
    `nee (?:te )?(?:zeggen|zeg|gezegd)|nee durven|grenzen ${g1}(?:aangeven|aan te geven|stellen|bewaken|aangegeven)|mijn grens`,
    3,
  ),
  p(
    'verbinding',
    `(?:lief|liever|vriendelijk|vriendelijker|mild|milder|aardig|aardiger|zacht|zachter|trots|geduldig|geduldiger) (?:te zijn )?(?:voor|op|met) ${SELF}`,
    3,
  ),
  p(
    'verbinding',
    `(?:gun|accepteer|waardeer|vergeef|respecteer|omarm|leer kennen|verwen) (?:ik )?${SELF}`,
    3,
  ),
  p(
    'verbinding',
    `${SELF} (?:kan|mag|durf te|te) zijn|${SELF} (?:accepteren|waarderen|vergeven|gunnen)`,
    2.5,
  ),
  p(
    'verbinding',
    `(?:tijd|ruimte|rust) ${g2}voor ${SELF}|(?:tijd|ruimte) voor dingen die ik ${g1}(?:leuk|fijn|belangrijk) vind`,
    2.5,
  ),
  p(
    'verbinding',
    `(?:eet|kook|slaap|sport|beweeg|wandel|ga|fiets) (?:weer |nu |beter |vaker |elke dag |iedere dag |op tijd |gezond )*(?:op tijd|gezond|gezonder|voor ${SELF}|beter|wandelen|sporten|naar buiten|regelmatig)`,
    2,
  ),
  p('verbinding', `(?:de deur uit|naar buiten) ${g2}(?:gegaan|gaan|durf|durfde|ging)`, 1.5),
  p('verbinding', `(?:voelt|voelde) goed`, 1),

  p(
    'verbinding',
    `(?:weer )?met (?:de|mijn|m'n|een) ${KIN} ${g2}(?:gekletst|gepraat|gebeld|afgesproken|gewandeld|gegeten|gelachen|koffie gedronken|geappt|gesproken)|(?:gekletst|gepraat|kletsen|praten) met (?:de|mijn|m'n) ${KIN}`,
    2.5,
  ),
  p(
    'verbinding',
    `${SELF} ${g3}(?:aardig|leuk|goed|oke|ok|mooi|de moeite waard|waardevol|sterk) ${g1}(?:te )?(?:vinden|vind)`,
    3,
  ),
  p(
    'verbinding',
    `(?:wie|iemand) ${g3}zin (?:om|in) ${g4}(?:mee|samen|af te spreken)|mee te gaan|ga(?:at)? ${g1}(?:je|jij|iemand|er iemand) mee|gaan jullie mee|wie ${g1}(?:gaat|wil|komt) ${g2}mee|wil(?:t)? iemand mee`,
    2.5,
  ),
  p('verbinding', `hulp ${g1}(?:te )?vragen|om hulp ${g2}(?:vragen|gevraagd|te vragen)|hulp gevraagd`, 2.5),
  p(
    'verbinding',
    `deel (?:van )?uit ${g1}(?:maak|maken)|deel van uitmaak|deel uitmaken|onderdeel van (?:de groep|iets)|ergens deel van`,
    2.5,
  ),
  p(
    'verbinding',
    `(?:praten|spreken|bellen|zien|lachen|eten|wandelen|koken|sporten|appen|gingen|gaan|zijn) ${g2}(?:weer )?(?:met elkaar|samen)`,
    2.5,
  ),
  p(
    'verbinding',
    `luister ${g2}naar (?:mijn|m'n) (?:lichaam|gevoel|grenzen|hart|lijf)|(?:neem|nemen|houd|hou) ${g1}(?:mijn )?(?:pauzes|rust|tijd voor mezelf)`,
    3,
  ),
  p('verbinding', `gezellig|gezelligheid|met z'n (?:allen|tweeen|drieen|vieren|vijven)`, 2),
  p(
    'verbinding',
    `(?:we|wij) ${g4}(?:samen )?(?:gegeten|gedronken|gewandeld|geluncht|uit eten|naar de film|gesport|gefietst|gezwommen|gekookt|een patatje|een hapje|een drankje|iets drinken|iets eten)`,
    2,
  ),
  p(
    'verbinding',
    `(?:ik )?(?:ertoe doe|er toe doe|ertoe doen|dat ik tel|ik tel mee)|ik mag er ${g1}zijn|ik er mag zijn`,
    2.5,
  ),
  p('verbinding', `niet meer (?:zo )?(?:geisoleerd|afgezonderd|op mezelf)`, 3),
  p(
    'verbinding',
    `wat goed (?:voor )?(?:me|mij) is|wat bij (?:me|mij) past|wat ik (?:nodig heb|wil)(?= \\.|$)`,
    3,
  ),
  p('verbinding', `(?:tweede|nieuwe) (?:familie|thuis|gezin)|als (?:een )?(?:familie|gezin)`, 3),
  p('verbinding', `(?:leren kennen|leerde ${g2}kennen|vrienden geworden|bevriend)`, 2.5),
  p(
    'verbinding',
    `(?:voel|voelde) (?:me|ik me|mij) ${g2}(?:mezelf|weer mezelf)|(?:weer|steeds meer|meer) ${SELF}(?= \\.|$| zijn| worden)`,
    3,
  ),
  // English.
  p(
    'verbinding',
    `(?:don't|dont|do not|no longer) feel (?:so )?(?:alone|lonely)|not (?:so )?(?:alone|lonely) anymore|less (?:alone|lonely|isolated)`,
    3,
  ),
  p('verbinding', `belong|belonging|place in the world|fit in here`, 3, true),
  p(
    'verbinding',
    `(?:grab|have|get|go for) (?:a )?(?:coffee|tea|drink|walk|lunch)|hang out|meet up|catch up`,
    2.5,
  ),
  p('verbinding', `(?:take|taking|took) care of myself|self-care|self care|look(?:ing)? after myself`, 3),
  p(
    'verbinding',
    `(?:called|visited|texted|reconnected with|phoned) (?:my )?${KIN_EN}|reconnect(?:ed|ing)?`,
    2.5,
  ),
  p('verbinding', `say(?:ing)? no|set(?:ting)? boundaries|self-worth|self-esteem|self worth|self esteem`, 3),
  p('verbinding', `(?:proud of|kinder to|kind to|gentle with|accept|accepting) myself`, 3),
  p('verbinding', `know what i (?:want|need)|miss you (?:all|guys)|stay in touch|keep in touch|connected`, 3),
  // Issue 13 round four (phase14): a first brave social step, and contact kept after the course ends.
  p(
    'verbinding',
    `(?:nooit|niet) gedacht dat ik ${g2}(?:zou|durfde|kon) ${g1}(?:durven|doen|kunnen)|(?:nooit|niet) ${g1}gedurfd`,
    1.5,
  ),
  p('verbinding', `zwarte? gat|black hole|in (?:een|dat|het) gat (?:vallen|valt|val|vallen)`, 2),
  p(
    'verbinding',
    `(?:check|checking|checken) in on each other|keep in touch|stay in touch|houden elkaar ${g1}(?:scherp|vast|op de hoogte)`,
    2,
  ),
];

const getuigenis: CuePattern<PhaseCueLabel>[] = [
  // Sharing one's own story to help, inspire, give hope.
  p(
    'getuigenis',
    `(?:mijn|m'n|ons|eigen) (?:verhaal|ervaring|ervaringen|herstelverhaal|levensverhaal) ${g3}(?:delen|vertellen|doen|doorgeven|inzetten|gebruiken|vertel|deel)`,
    2.5,
  ),
  p(
    'getuigenis',
    `(?:delen|deel|vertellen|vertel|doorgeven|inzetten|gebruiken|doen) ${g2}(?:mijn|m'n) (?:verhaal|ervaring|ervaringen|herstelverhaal)`,
    2.5,
  ),
  p(
    'getuigenis',
    `(?:mijn|m'n) verhaal ${g2}(?:kan|kunnen|helpt|geeft) ${g3}(?:anderen|iemand|hoop|helpen)`,
    3,
  ),
  p('getuigenis', `(?:geef|geven|gaf) ${g3}door|doorgeven|doorgegeven`, 2.5),
  p(
    'getuigenis',
    `(?:anderen|iemand anders|andere mensen|nieuwelingen|nieuwkomers|lotgenoten|mensen die|jongeren) ${g4}(?:helpen|steunen|inspireren|ondersteunen|bemoedigen|hoop geven|verder helpen|laten zien|op weg helpen|te helpen|te steunen)`,
    2.5,
  ),
  p(
    'getuigenis',
    `(?:help|helpen|hielp|steun|steunen|inspireer|inspireren|ondersteun|ondersteunen|bemoedig|bemoedigen|begeleid|begeleiden) ${g3}(?:anderen|andere mensen|nieuwe|nieuwkomers|iemand anders|mensen die|lotgenoten|een groep|groepen)`,
    2.5,
  ),
  p('getuigenis', `(?:als ik|kan ik|wil ik|zou ik) ${g1}iemand ${g2}(?:helpen|steunen|op weg helpen)`, 2.5),
  p(
    'getuigenis',
    `(?:als het|als dat|als mijn verhaal) ${g1}(?:je|jou|iemand|anderen) (?:helpt|kan helpen)`,
    2.5,
  ),
  p('getuigenis', `ik help ${g1}graag|help ${g1}graag (?:anderen|mensen|iemand)`, 2),
  p(
    'getuigenis',
    `hoop (?:geven|bieden|gegeven)|(?:geeft|gaf|geven) ${g2}hoop|er is (?:echt |altijd |wel |zeker )?hoop|hoop voor anderen`,
    3,
    true,
  ),
  p(
    'getuigenis',
    `(?:was|zat|stond|ben|zat ik|was ik) ${g2}waar (?:jij|jullie|je|u) ${g2}(?:bent|zit|staat|zijn|zitten|nu)`,
    3,
  ),
  p(
    'getuigenis',
    `(?:heb|had) ${g2}(?:daar|er) ook (?:gestaan|gezeten)|ik weet hoe (?:het is|zwaar het is|dat voelt)`,
    2,
  ),
  p(
    'getuigenis',
    `ervaringsdeskundige|ervaringsdeskundigen|ervaringsdeskundigheid|ervaringswerker|ervaringswerkers`,
    3,
  ),
  p(
    'getuigenis',
    `peer ?support(?:er)?|peer ?supporter|lotgenotencontact|herstelcoach|herstelondersteuner`,
    3,
  ),
  p('getuigenis', `mentor|mentoren|mentorschap`, 3),
  p(
    'getuigenis',
    `(?:als|een|ben|word|worden|zijn) (?:maatje|buddy)(?! gevonden| leren kennen)|(?:maatje|buddy) (?:zijn|worden|voor|zoekt|zoeken|nodig)|buddyproject|maatjesproject`,
    3,
  ),
  p('getuigenis', `maatje|buddy`, 1.25),
  p('getuigenis', `vrijwilliger|vrijwilligers|vrijwilligerswerk`, 2.5),
  p('getuigenis', `sta ${g1}klaar|sta (?:ervoor|er) ${g1}open`, 2),
  p('getuigenis', `(?:kan|mag|kunnen|mogen|kun|mag je|kun je) ${g1}(?:mij|me) ${g2}altijd`, 2),
  p(
    'getuigenis',
    `(?:lezing|presentatie|workshop|voorlichting|gastles|gastcollege|training|spreekbeurt|interview) ${g3}(?:geven|geef|gegeven|verzorgen|houden|doen)`,
    3,
  ),
  p(
    'getuigenis',
    `(?:geef|geven|gegeven|verzorg|houd|hou) ${g3}(?:lezing|presentatie|workshop|voorlichting|gastles|gastcollege|training|spreekbeurt)`,
    3,
  ),
  p(
    'getuigenis',
    `(?:vertel|vertellen|spreek|spreken|verhaal doen|sta) ${g3}(?:op|voor) (?:een |de |het )?(?:school|scholen|open dag|congres|podium|klas|studenten|zaal vol|raad)`,
    2.5,
  ),
  p(
    'getuigenis',
    `(?:blog|podcast|vlog|column|boek|artikel|nieuwsbrief) ${g4}(?:over|herstel|anderen|bemoedigen|verhaal)`,
    2,
  ),
  p(
    'getuigenis',
    `herstel is mogelijk|het (?:wordt|werd) ${g1}(?:beter|lichter|makkelijker)|(?:het )?kan ${g1}(?:beter worden|verbeteren)|(?:het )?(?:kwam|komt) ${g1}goed|beter kan worden`,
    2.5,
    true,
  ),
  p(
    'getuigenis',
    `geef ${g1}niet op|hou ${g1}vol|houd ${g1}vol|(?:jij|je) kunt het ${g1}(?:ook|echt)|niet kansloos`,
    2.5,
  ),
  p('getuigenis', `(?:ben|kwam|ben ik) ${g3}(?:doorheen|uit|eruit|bovenop|overheen) ${g1}gekomen`, 2),
  p('getuigenis', `kijk ${g1}naar mij|levende bewijs|het bewijs dat`, 3),
  p('getuigenis', `(?:jaar|jaren|maanden) (?:clean|nuchter|droog|stabiel)`, 2),
  p('getuigenis', `(?:iets )?terug ${g1}(?:doen|geven)|terugdoen|teruggeven`, 3),
  p(
    'getuigenis',
    `(?:nieuwe|net gestarte|startende) (?:deelnemers|groep|groepen|mensen|lichting|cursisten)|nieuwkomers|nieuwelingen|net (?:gestart|begonnen|binnen)|net uit de kliniek`,
    2,
  ),
  p(
    'getuigenis',
    `groep ${g1}(?:mee )?(?:begeleiden|leiden|draaien)|mee ${g1}begeleiden|meedraaien als|draai ${g2}mee als`,
    2.5,
  ),
  p('getuigenis', `dan heeft het ${g1}zin (?:gehad|gehad)|geeft (?:me|mij) ${g1}(?:zin|kracht|betekenis)`, 2),
  p('getuigenis', `(?:inspireren|inspiratie|inspirerend) (?:voor|zijn voor)`, 2),

  p(
    'getuigenis',
    `(?:mijn|m'n) (?:verhaal|ervaring|ervaringen) ${g4}(?:iemand|anderen|een ander|mensen|lotgenoten)`,
    2.5,
  ),
  p(
    'getuigenis',
    `(?:licht|hoop|moed|kracht|steun) ${g1}(?:geeft|geven|bieden|biedt)|tot steun (?:zijn|is|kan zijn)`,
    2.5,
  ),
  p(
    'getuigenis',
    `ik ben er ${g1}voor (?:je|jou|jullie)|sta ${g1}voor (?:je|jou|jullie) klaar|(?:je|jij|jullie) (?:kunt|kan|kunnen|mag|mogen) ${g2}bij (?:mij|me) terecht`,
    2.5,
  ),
  p(
    'getuigenis',
    `laten zien dat|(?:je|jij|jullie|iedereen) (?:kunt|kan|komt|komen) ${g3}(?:eruit|doorheen|erdoorheen|bovenop|er bovenop)`,
    3,
  ),
  p(
    'getuigenis',
    `(?:geef|geven|gegeven|verzorg|verzorgen|begeleid|begeleiden|leid|leiden|organiseer|organiseren) ${gap(6)}(?:de |een |het )?(?:cursus|cursussen|training|lezing|workshop|gespreksgroep|lotgenotengroep|voorlichting|gastles)`,
    2.5,
  ),
  p(
    'getuigenis',
    `geloof in (?:je|jou|jullie)|(?:anderen|mensen|clienten|lotgenoten) een stem ${g1}(?:te )?geven|clientenraad|clientenraden|belangenbehartig\\w*`,
    2.5,
  ),
  p('getuigenis', `gastspreker|spreker|ambassadeur|rolmodel|voorbeeld voor (?:anderen|iemand)`, 3),
  p('getuigenis', `ik weet hoe ${g2}(?:het is|zwaar|eenzaam|moeilijk|eng|pijnlijk|donker)`, 2),
  p(
    'getuigenis',
    `(?:run|lead|host|facilitate|started|organise|organize) ${g3}(?:support group|group|course|meetings|workshops)`,
    3,
  ),
  // English.
  p('getuigenis', `share my story|sharing my story|tell my story|my story (?:helps|can help)`, 3),
  p(
    'getuigenis',
    `(?:help|helping|support|supporting|inspire|inspiring|mentor|mentoring) ${g1}(?:others|newcomers|new people|someone|people who)`,
    3,
  ),
  p('getuigenis', `volunteer|volunteering|give back|giving back|living proof|peer expert`, 3),
  p(
    'getuigenis',
    `where you are now|there is hope|there's hope|it (?:does |really |will )?gets? better|don't give up|keep going`,
    3,
  ),
  p('getuigenis', `(?:the way|as|like) others (?:supported|helped) me|give (?:a )?talk|speak at`, 3),
  // Issue 13 round four (phase14): the one others now turn to, a role taken on, "I made it" said to a newcomer.
  p(
    'getuigenis',
    `(?:naar|bij) (?:mij|me) (?:toe )?(?:als|wanneer) ${g4}(?:moeilijk|zwaar|vastlopen|vastloopt|vast|slecht|struggle|struggling)`,
    2.5,
  ),
  p(
    'getuigenis',
    `(?:heb|had) het (?:gered|gehaald|overleefd)|ben er ${g1}(?:door|doorheen) gekomen|i made it(?: through)?`,
    2,
  ),
  p(
    'getuigenis',
    `role ?model|co ?begeleider|begeleider in opleiding|opleiding tot (?:ervaringswerker|ervaringsdeskundige|begeleider|herstelcoach)`,
    3,
  ),
];

const neutraal: CuePattern<PhaseCueLabel>[] = [
  // Logistics and small talk: they only matter when there is little else.
  p(
    NEUTRAL,
    `hoe laat|welke (?:dag|tijd|pagina|zaal|ruimte|kamer|link|datum|verdieping)|waar (?:is|zijn|kan ik|vind ik|moet ik)|wanneer (?:begint|is|zijn|stopt)|kan iemand|heeft iemand|weet iemand|wie zet`,
    2,
  ),
  p(NEUTRAL, `parkeer\\w*|parkeren|lift|zaal|lokaal|gebouw|adres|route|verdieping|ingang|receptie`, 1.5),
  p(NEUTRAL, `trein|bus|file|vertraging|te laat|later|verkeer|ov|fiets staat`, 1),
  p(
    NEUTRAL,
    `link|wifi|app|wachtwoord|inloggen|ingelogd|account|formulier|pasje|slides|huiswerk|pagina|hoofdstuk|rooster|agenda|sessie|mail|e mail|printer|laptop|opnemen|teams|zoom`,
    1.5,
  ),
  p(NEUTRAL, `verplaatst|afmelden|afgemeld|aanmelden|inschrijven|plekken vrij|vergadering|uitnodiging`, 1.5),
  p(
    NEUTRAL,
    `goedemorgen|goedemiddag|goedenavond|goeiemorgen|hoi|hallo|hey|hee|doei|dag allemaal|tot (?:donderdag|maandag|dinsdag|woensdag|vrijdag|zaterdag|zondag|morgen|straks|zo|volgende week|dan|later)|fijne (?:avond|dag|week|weekend|vakantie)|goede reis|welterusten|hoi allemaal|welkom (?:terug|allemaal|iedereen)`,
    2,
  ),
  p(
    NEUTRAL,
    `dank (?:je|u|jullie|voor)|bedankt|thanks|thank you|top|ok|oke|okay|prima|haha|hihi|lol|ja|nee|klopt|super|helemaal goed`,
    1.5,
  ),
  p(NEUTRAL, `weertje|het weer|lekker weer|mooi weer|rotweer|regent|regen|sneeuwt|pijpenstelen|zonnetje`, 2),
  p(
    NEUTRAL,
    `koekjes|taart|pauze|koffie zetten|zet(?:ten)? ${g1}koffie|koffieautomaat|lunch meenemen|boodschappen`,
    1.5,
  ),
  p(
    NEUTRAL,
    `\\d{1,2}(?: \\d{2})? uur|\\d{1,2} (?:00|15|30|45)|volgende (?:week|keer)|vorige (?:week|keer)|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)`,
    1,
  ),
  p(
    NEUTRAL,
    `what time|meeting room|floor|break|password|login|parking|delayed|running late|is there|see you|good morning|hello|hi all`,
    1.5,
  ),
];

/**
 * Soft cues: single words that lean towards a phase. None decides on its own (weight < 1.5); two or
 * three together can, which is what lets the classifier follow paraphrases no pattern foresaw.
 */
const soft: CuePattern<PhaseCueLabel>[] = [
  p('projectie', `niemand|nobody|no one`, 0.75),
  p(
    'projectie',
    `nep|fake|hypocriet|hypocrieten|egoistisch|egoisten|oneerlijk|onzin|belachelijk|zwak|zwakke|zielig|zielige|zeur|zeurt|aanstellen|aanstellerij|verpest|verpesten|schuld|oordeel|oordelen|veroordeeld|types|wantrouw\\w*|vertrouw|vertrouwen|pretend|pretends|weak|blame|judge|judging|fault`,
    1,
    true,
  ),
  p(
    'projectie',
    `(?:die|al die|sommige) (?:mensen|anderen|lui|types|begeleiders|hulpverleners)|iedereen hier|jullie allemaal|de rest|everyone here`,
    0.75,
  ),
  p('projectie', `anders|uniek|different|unique`, 0.5, true),
  p('projectie', `nooit|never|altijd|always`, 0.25),
  p('herkenning', `hetzelfde|dezelfde|zelfde|herkenbaar|ook zo|net zo|same|too`, 1, true),
  p(
    'herkenning',
    `(?:jouw|je) (?:verhaal|woorden|ervaring|beschrijving|bericht)|wat (?:jij|je) (?:zegt|vertelt|schrijft|zei|vertelde|schreef)|toen (?:jij|je|hij|zij) ${g2}(?:vertelde|zei|schreef|praatte|sprak)|your story|what you (?:said|wrote|shared)`,
    1,
  ),
  p('herkenning', `ook|also`, 0.5),
  p('herkenning', `precies|exact|exactly|letterlijk`, 0.75),
  p(
    'gelijkwaardigheid',
    `begeleider|begeleiders|begeleiding|begeleidster|trainer|trainers|hulpverlener|hulpverleners|professional|professionals|psychiater|behandelaar|behandelaars|therapeut|arts|dokter|staf|facilitator|staff|doctor`,
    0.75,
  ),
  p(
    'gelijkwaardigheid',
    `evenveel|gelijk|gelijke|inbreng|stem|respect|waardevol|serieus|waardering|gehoord|equally|respected|heard`,
    1,
    true,
  ),
  p('gelijkwaardigheid', `iedereen|ieder|ieders|everyone|everybody`, 0.5),
  p('gelijkwaardigheid', `diploma|achtergrond|titel|opleiding|degree|title|rang`, 0.75),
  p('verbinding', `samen|elkaar|together|each other`, 0.75),
  p(
    'verbinding',
    `contact|vriend|vrienden|vriendin|vriendschap|familie|gezellig|welkom|thuis|friends|friend|family`,
    1,
  ),
  p('verbinding', `weer|again|opnieuw`, 0.5),
  p('verbinding', `mezelf|mijzelf|myself|zelf`, 0.5),
  p('verbinding', `fijn|blij|warm|rust|lichaam|dankbaar|trots|glad|grateful|proud`, 0.5),
  p('getuigenis', `anderen|others|lotgenoten|nieuwkomers|newcomers`, 1),
  p(
    'getuigenis',
    `hoop|hope|helpen|help|steunen|steun|support|inspireren|inspire|doorgeven|laten zien|doorheen|eruit`,
    1,
    true,
  ),
  p('getuigenis', `herstel|recovery|verhaal|story|ervaring|ervaringen`, 0.5),
  p('getuigenis', `nieuwe|new|beginners|starters`, 0.5),
];

export const PHASE_LEXICON: readonly CuePattern<PhaseCueLabel>[] = [
  ...projectie,
  ...herkenning,
  ...gelijkwaardigheid,
  ...verbinding,
  ...getuigenis,
  ...neutraal,
  ...soft,
];
