import { isPhaseId, LANGUAGES, PHASE_IDS, PHASES, phaseOrder } from './phases.js';

describe('phases', () => {
  it('should list the five phases in the order of the model', () => {
    expect(PHASE_IDS).toEqual(['projectie', 'herkenning', 'gelijkwaardigheid', 'verbinding', 'getuigenis']);
    expect(PHASE_IDS.map(phaseOrder)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(PHASE_IDS)('should give %s a label and a description in every language', (id) => {
    for (const lang of LANGUAGES) {
      expect(PHASES[id].label[lang].length).toBeGreaterThan(3);
      expect(PHASES[id].description[lang].length).toBeGreaterThan(100);
    }
    expect(PHASES[id].id).toBe(id);
  });

  it.each([
    ['herkenning', true],
    ['Herkenning', false],
    ['', false],
    [null, false],
    [3, false],
  ])('should recognise %p as a phase id: %p', (value, expected) => {
    expect(isPhaseId(value)).toBe(expected);
  });
});
