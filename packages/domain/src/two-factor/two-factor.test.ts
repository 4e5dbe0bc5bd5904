import { describe, expect, it } from '@jest/globals';
import {
  formatRecoveryCode,
  mayDisableSecondFactor,
  normaliseRecoveryCode,
  normaliseTotpCode,
  secondFactorStep,
  type SecondFactorSituation,
} from './two-factor.js';

const situation = (o: Partial<SecondFactorSituation> = {}): SecondFactorSituation => ({
  role: 'facilitator',
  requiredForStaff: true,
  enrolled: false,
  deviceRemembered: false,
  ...o,
});

describe('secondFactorStep', () => {
  it.each<[string, Partial<SecondFactorSituation>, ReturnType<typeof secondFactorStep>]>([
    ['staff without a factor must enrol when required', {}, 'enrol'],
    ['an admin without a factor must enrol when required', { role: 'admin' }, 'enrol'],
    ['a researcher without a factor must enrol when required', { role: 'onderzoeker' }, 'enrol'],
    ['staff without a factor pass when not required', { requiredForStaff: false }, null],
    ['a participant without a factor passes', { role: 'participant' }, null],
    ['anyone enrolled gives a code', { role: 'participant', enrolled: true }, 'verify'],
    [
      'staff enrolled give a code even when not required',
      { enrolled: true, requiredForStaff: false },
      'verify',
    ],
    ['a remembered device skips the code', { enrolled: true, deviceRemembered: true }, null],
    ['a remembered device never skips enrolment', { deviceRemembered: true }, 'enrol'],
  ])('should answer right when %s', (_name, o, expected) => {
    expect(secondFactorStep(situation(o))).toBe(expected);
  });
});

describe('mayDisableSecondFactor', () => {
  it.each([
    ['participant', true, true],
    ['facilitator', true, false],
    ['admin', true, false],
    ['admin', false, true],
  ] as const)('should let a %s (required %s) switch off: %s', (role, required, expected) => {
    expect(mayDisableSecondFactor(role, required)).toBe(expected);
  });
});

describe('normaliseTotpCode', () => {
  it.each([
    ['123456', '123456'],
    [' 123 456 ', '123456'],
    ['12345', null],
    ['1234567', null],
    ['12a456', null],
    ['', null],
  ])('should read %p as %p', (input, expected) => {
    expect(normaliseTotpCode(input)).toBe(expected);
  });
});

describe('recovery codes', () => {
  it.each([
    ['ABCDE-FGHJK', 'ABCDEFGHJK'],
    ['abcde fghjk', 'ABCDEFGHJK'],
    ['ABCDEFGHJ', null],
    ['ABCDE-FGHJ0', null],
    ['ABCDE-FGHJKL', null],
  ])('should read %p as %p', (input, expected) => {
    expect(normaliseRecoveryCode(input)).toBe(expected);
  });

  it('should show a code in two groups of five', () => {
    expect(formatRecoveryCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK');
  });
});
