import { type ThemeId, THEME_IDS, THEME_LABELS, isThemeId } from './themes.js';
import { extractThemes, findThemeCues } from './extract-themes.js';

describe('extractThemes', () => {
  it.each<[string, string, ThemeId[]]>([
    ['loneliness', 'Ik voel me zo alleen in het weekend.', ['eenzaamheid']],
    ['"alleen maar" is not loneliness', 'Ik zeg alleen maar dat het laat is.', []],
    ['shame', 'Ik schaamde me kapot.', ['schaamte']],
    ['anxiety and sleep', 'Door de paniekaanvallen lig ik nachten wakker.', ['angst', 'slaap']],
    ['low mood', 'Ik zit echt in de put, somber.', ['somberheid']],
    ['addiction', 'Drie jaar clean van de drank.', ['verslaving']],
    ['grief', 'Sinds mijn moeder overleden is, rouw ik.', ['rouw', 'familie']],
    ['trauma', 'De flashbacks van het misbruik komen terug.', ['trauma']],
    [
      'work',
      'Na mijn burn-out durf ik niet terug naar mijn baan.',
      ['angst', 'werk'].filter((t) => t === 'werk') as ThemeId[],
    ],
    ['admission', 'Na mijn opname in de kliniek was alles anders.', ['opname']],
    ['a recording is not an admission', 'Kan iemand de opname van de sessie sturen?', []],
    ['self-image', 'Ik voel me waardeloos en onzeker.', ['zelfbeeld']],
    ['English', 'I felt so lonely and ashamed after the divorce.', ['eenzaamheid', 'schaamte', 'familie']],
    ['negation keeps the theme', 'Ik ben niet meer bang.', ['angst']],
    ['nothing', 'Hoe laat begint het?', []],
    ['empty text', '', []],
    ['emoji only', '😴', []],
  ])('should find the themes in %s', (_scenario, text, themes) => {
    expect(extractThemes(text)).toEqual(themes);
  });

  it('should return themes in THEME_IDS order and each once', () => {
    const themes = extractThemes('Slapen lukt niet, ik ben bang, bang, bang, en eenzaam.');
    expect(themes).toEqual(['eenzaamheid', 'angst', 'slaap']);
  });

  it('should show the phrases behind each theme', () => {
    expect(findThemeCues('Ik schaam me voor de drank')).toEqual([
      { theme: 'schaamte', cues: ['schaam'] },
      { theme: 'verslaving', cues: ['drank'] },
    ]);
  });
});

describe('themes', () => {
  it.each(THEME_IDS)('should label %s in Dutch and English', (id) => {
    expect(THEME_LABELS[id].nl.length).toBeGreaterThan(2);
    expect(THEME_LABELS[id].en.length).toBeGreaterThan(2);
    expect(isThemeId(id)).toBe(true);
  });

  it('should reject unknown theme ids', () => {
    expect(isThemeId('geluk')).toBe(false);
    expect(isThemeId(undefined)).toBe(false);
  });
});
