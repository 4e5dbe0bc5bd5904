import { countsAsRecognitionEvidence, RECOGNITION_EVIDENCE_SQL } from './recognition-evidence.js';

describe('countsAsRecognitionEvidence', () => {
  it.each([
    ['an ordinary message', 'none', true],
    ['a message flagged as concern', 'concern', false],
    ['a message flagged as acute', 'acute', false],
  ] as const)('should decide for %s', (_s, crisis, counts) => {
    expect(countsAsRecognitionEvidence(crisis)).toBe(counts);
  });

  it('should give the same rule as SQL', () => {
    expect(RECOGNITION_EVIDENCE_SQL('c')).toBe("c.crisis = 'none'");
  });
});
