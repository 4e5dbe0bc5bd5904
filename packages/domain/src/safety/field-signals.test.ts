import { fieldSignalCells, fieldSignalFigures, signalLabelFits } from './field-signals.js';

describe('fieldSignalFigures', () => {
  it.each([
    ['no flags and no marks', { flagged: 0, falseAlarms: 0, missed: 0 }, null, null],
    ['ten flags, two false alarms, two misses', { flagged: 10, falseAlarms: 2, missed: 2 }, 0.8, 0.8],
    ['only misses', { flagged: 0, falseAlarms: 0, missed: 3 }, null, 0],
    ['every flag a false alarm', { flagged: 2, falseAlarms: 2, missed: 0 }, 0, null],
    [
      'more false alarms than flags (marks on edited messages)',
      { flagged: 1, falseAlarms: 4, missed: 0 },
      0,
      null,
    ],
  ])('should compute %s', (_s, input, precision, recall) => {
    const f = fieldSignalFigures(input);
    expect(f.precision).toBe(precision);
    expect(f.recall).toBe(recall);
  });
});

describe('signalLabelFits', () => {
  it.each([
    ['vals_alarm', 'acute', true],
    ['vals_alarm', 'concern', true],
    ['vals_alarm', 'none', false],
    ['gemist_signaal', 'none', true],
    ['gemist_signaal', 'acute', false],
  ] as const)('should say whether %s fits a message flagged %s', (label, crisis, fits) => {
    expect(signalLabelFits(label, crisis)).toBe(fits);
  });
});

describe('fieldSignalCells', () => {
  it('should show counts and rates once at least five people are behind them', () => {
    const cells = fieldSignalCells({
      flagged: 20,
      falseAlarms: 5,
      missed: 5,
      flaggedAuthors: 12,
      crisisAuthors: 14,
    });
    expect(cells).toEqual({
      flagged: { value: 20, suppressed: false },
      falseAlarms: { value: 5, suppressed: false },
      missed: { value: 5, suppressed: false },
      precision: { value: 0.75, suppressed: false },
      recall: { value: 0.75, suppressed: false },
    });
  });

  it('should suppress a count below five and a rate over fewer than five people', () => {
    const cells = fieldSignalCells({
      flagged: 9,
      falseAlarms: 1,
      missed: 2,
      flaggedAuthors: 4,
      crisisAuthors: 5,
    });
    expect(cells.flagged).toEqual({ value: 9, suppressed: false });
    expect(cells.falseAlarms.suppressed).toBe(true);
    expect(cells.missed.suppressed).toBe(true);
    // Nine flags, but from four people: the rate would point at them.
    expect(cells.precision).toEqual({ value: null, suppressed: true });
    expect(cells.recall).toEqual({ value: 0.8, suppressed: false });
  });

  it('should suppress rates that do not exist yet', () => {
    const cells = fieldSignalCells({
      flagged: 0,
      falseAlarms: 0,
      missed: 0,
      flaggedAuthors: 0,
      crisisAuthors: 0,
    });
    expect([cells.precision.suppressed, cells.recall.suppressed]).toEqual([true, true]);
  });
});
