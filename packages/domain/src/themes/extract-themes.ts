import { compileLexicon, type CuePattern, findCues, gap } from '../text/match-cues.js';
import { normalizeText } from '../text/normalize-text.js';
import { THEME_IDS, type ThemeId } from './themes.js';

const g2 = gap(2);

function t(label: ThemeId, pattern: string): CuePattern<ThemeId> {
  return { label, pattern, weight: 1 };
}

/** Word families per theme, Dutch and English, on normalised text (lower case, no diacritics). */
const THEME_LEXICON: readonly CuePattern<ThemeId>[] = [
  t(
    'eenzaamheid',
    `eenza\\w*|isolement|geisoleerd|(?:voel|voelde|ben|was|zo|erg|heel|helemaal|moederziel) ${g2}alleen(?! maar| als| de| het| door| ik| mij)|niemand om mee te praten|lonel\\w*|alone|isolat\\w*`,
  ),
  t(
    'schaamte',
    `schaam\\w*|schaamte\\w*|beschaamd|gegeneerd|genant|(?:verstopte|verstoppen|verborg|verborgen|geheim ${g2}houden) ${g2}(?:het|dat|mijn)|shame\\w*|ashamed|embarrass\\w*|hid(?:e|ing)? it`,
  ),
  t(
    'angst',
    `angst\\w*|bang|paniek\\w*|paniekaanval\\w*|fobie\\w*|onrust\\w*|ongerust|piekeren|gepieker|zenuwachtig|anxi\\w*|panic\\w*|afraid|scared|fear\\w*|phobi\\w*|nervous`,
  ),
  t(
    'somberheid',
    `somber\\w*|depressi\\w*|depri|neerslachtig\\w*|in de put|zwaarmoedig\\w*|uitzichtloos|leeg ${g2}(?:voelen|gevoel)|(?:voel|voelde) ${g2}(?:me|mij) ${g2}leeg|gevoel van leegte|(?:voel|voelde|ben|was|zo|erg|best|beetje|feeling|feel|felt) ${g2}down|depress\\w*|low mood|hopeless\\w*|empty inside`,
  ),
  t(
    'verslaving',
    `verslav\\w*|drank|drankgebruik|alcohol\\w*|dronken|zuipen|drugs|gokken|gokte|gokverslaving|blowen|wiet|coke|cocaine|heroine|speed|xtc|afkick\\w*|(?:\\d+|jaar|maanden|weken|dagen|years?|months?|ben|am|been) ${g2}clean|nuchter|terugval|aa|addict\\w*|(?:drinking problem|heavy drinking|stopped drinking|quit drinking)|sober|sobriety|relapse\\w*|gambling`,
  ),
  t(
    'rouw',
    `rouw\\w*|overleden|overleed|overlijden|gestorven|stierf|(?:het )?verlies van|verloren (?:van|toen)|begrafenis|uitvaart|crematie|gemis|weduwe\\w*|griev\\w*|grief|bereave\\w*|passed away|funeral|widow\\w*|loss of`,
  ),
  t(
    'trauma',
    `trauma\\w*|misbruik\\w*|mishandel\\w*|geweld|aanranding|verkracht\\w*|ptss|flashback\\w*|nachtmerrie\\w*|emdr|incest|abus\\w*|assault\\w*|ptsd|violence|violent|nightmare\\w*|raped?`,
  ),
  t(
    'werk',
    `werk|werken|gewerkt|werkplek|werkgever|werkloos|werkloosheid|baan|baas|collega\\w*|leidinggevende|ontslag|ontslagen|burn ?out|re ?integratie|uwv|ziektewet|sollicit\\w*|kantoor|job|jobs|boss|colleague\\w*|fired|unemployed|workplace|career|burnout`,
  ),
  t(
    'familie',
    `familie|gezin|ouders|vader|moeder|papa|mama|broer\\w*|zus|zussen|zusje|kinderen|kind|zoon|dochter|opa|oma|scheiding|gescheiden|stiefvader|stiefmoeder|schoonfamilie|family|parents|mother|mum|mom|father|dad|sister|brother|kids|children|son|daughter|divorce\\w*`,
  ),
  t(
    'opname',
    `(?:mijn|de|een|na de|na mijn|tijdens de|tijdens mijn|sinds de|sinds mijn|bij mijn|over de|over mijn|eerste|tweede) opname(?! van| sturen| terugkijken| delen| bekijken| staat| is gemaakt)|opgenomen (?:in|op|geweest)|kliniek|gesloten afdeling|psychiatrisch ziekenhuis|psychiatrie|separeer\\w*|isoleercel|crisisopvang|dwangopname|rechterlijke machtiging|hospitali[sz]\\w*|admitted|psych ward|inpatient|sectioned|psychiatric (?:hospital|ward|unit)`,
  ),
  t(
    'zelfbeeld',
    `zelfbeeld|zelfvertrouwen|eigenwaarde|zelfwaardering|onzeker\\w*|minderwaardig\\w*|(?:niks|niets) waard|waardeloos|mislukkeling|mislukt|zelfhaat|haat ${g2}(?:mezelf|mijzelf)|(?:trots|hard|streng|kritisch) (?:op|voor) (?:mezelf|mijzelf)|self-?esteem|self-?worth|self-?image|insecur\\w*|worthless|(?:hate|love|accept) myself|confidence`,
  ),
  t(
    'slaap',
    `slaap\\w*|slapen|sliep|slapeloos\\w*|wakker ${g2}(?:liggen|lig|lag|ligt)|(?:lig|lag|ligt|liggen) ${g2}wakker|doorslapen|inslapen|insomnia|sleep\\w*|awake at night|nachtrust`,
  ),
];

const lexicon = compileLexicon(THEME_LEXICON);

export interface ThemeCues {
  readonly theme: ThemeId;
  /** The phrases that point at this theme, as written (lower-cased). */
  readonly cues: string[];
}

/** Themes with the phrases that point at them, in THEME_IDS order. */
export function findThemeCues(text: string): ThemeCues[] {
  const matches = findCues(normalizeText(text), lexicon);
  return THEME_IDS.map((theme) => ({
    theme,
    cues: [...new Set(matches.filter((m) => m.label === theme).map((m) => m.cue))],
  })).filter((entry) => entry.cues.length > 0);
}

/**
 * The themes a text is about, in THEME_IDS order. A single mention is enough: themes feed suggestions
 * ("you both wrote about grief"), which a person can ignore, never judgements.
 */
export function extractThemes(text: string): ThemeId[] {
  return findThemeCues(text).map((entry) => entry.theme);
}
