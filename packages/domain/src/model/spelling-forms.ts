/**
 * Spelling forms for the crisis model (issue 13, crisis14b): every word is also read as a rough
 * spelling-independent form, so "ni", "nie" and "niet", "mn" and "mijn", "zelfmord" and "zelfmoord",
 * "slaaptabbletten" and "slaaptabletten" share an input. A few short forms of chat, youth, Flemish and
 * Surinamese Dutch are written out; then sounds written several ways become one (y/ei → ij, au → ou,
 * ch → g, c → k, z → s, v → f, a final d/dt → t) and doubled letters one. Only the crisis model reads
 * these forms (hashed-features.ts, `spelling`); the phase model reads the words as they are.
 */
const WRITTEN_OUT: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ni: 'niet',
    nie: 'niet',
    nit: 'niet',
    k: 'ik',
    "'k": 'ik',
    ik: 'ik',
    mi: 'ik',
    da: 'dat',
    dat: 'dat',
    mn: 'mijn',
    "m'n": 'mijn',
    mijne: 'mijn',
    mine: 'mijn',
    zn: 'zijn',
    "z'n": 'zijn',
    ff: 'even',
    effe: 'even',
    efkes: 'even',
    eventjes: 'even',
    pls: 'please',
    plz: 'please',
    pliss: 'please',
    aub: 'please',
    alsjeblieft: 'please',
    ge: 'je',
    gij: 'je',
    ghij: 'je',
    jij: 'je',
    yu: 'je',
    nx: 'niets',
    niks: 'niets',
    niets: 'niets',
    tog: 'toch',
    egt: 'echt',
    wrm: 'waarom',
    gwn: 'gewoon',
    mss: 'misschien',
    wss: 'waarschijnlijk',
    iem: 'iemand',
    dr: 'er',
    "d'r": 'er',
    "'m": 'hem',
    kzn: 'ikben',
    kben: 'ikben',
    kwil: 'ikwil',
    kga: 'ikga',
    kan: 'kan',
    kun: 'kan',
    unalive: 'dood',
    kms: 'zelfmoord',
    sewerslide: 'zelfmoord',
    suicide: 'zelfmoord',
    suicidaal: 'zelfmoord',
    zelfdoding: 'zelfmoord',
    selfharm: 'snijden',
    sh: 'snijden',
    cutten: 'snijden',
    cut: 'snijden',
    cutting: 'snijden',
    pillen: 'pil',
    pills: 'pil',
    pillz: 'pil',
    tabletten: 'pil',
  }),
);

const SOUNDS: readonly (readonly [RegExp, string])[] = [
  [/'/g, ''],
  [/y|ei/g, 'ij'],
  [/au/g, 'ou'],
  [/ch/g, 'g'],
  [/ck|c/g, 'k'],
  [/z/g, 's'],
  [/v/g, 'f'],
  [/(?:dt|d)$/, 't'],
  [/(.)\1+/g, '$1'],
];

/** The spelling form of one normalised word (lower case, no diacritics). */
const MODE = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.SPELL;
export function spellingForm(word: string): string {
  let form = MODE === '3' ? word : (WRITTEN_OUT.get(word) ?? word);
  if (MODE === '2') return form.replace(/'/g, '').replace(/(.)\1+/g, '$1');
  for (const [pattern, replacement] of SOUNDS) form = form.replace(pattern, replacement);
  return form;
}
