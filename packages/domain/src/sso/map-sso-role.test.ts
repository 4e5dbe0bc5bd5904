import { describe, expect, it } from '@jest/globals';
import { emailDomain, mapSsoRole } from './map-sso-role.js';
import type { SsoRoleMapping } from './sso-contract.js';

const claimMapping = (overrides: Partial<SsoRoleMapping> = {}): SsoRoleMapping => ({
  mode: 'claim',
  claim: 'groups',
  adminValues: ['spiegel-beheer'],
  facilitatorValues: ['spiegel-begeleiding', 'ervaringswerkers'],
  ...overrides,
});

describe('mapSsoRole', () => {
  it.each([
    ['invite only ignores claims', { mode: 'invite_only' as const }, { groups: ['spiegel-beheer'] }, 'keep'],
    ['a single string value', {}, { groups: 'spiegel-begeleiding' }, 'facilitator'],
    ['a list with an admin value', {}, { groups: ['x', 'spiegel-beheer'] }, 'admin'],
    ['admin wins over facilitator', {}, { groups: ['ervaringswerkers', 'spiegel-beheer'] }, 'admin'],
    ['no matching value', {}, { groups: ['boekhouding'] }, 'none'],
    ['values compare exactly', {}, { groups: ['Spiegel-Beheer'] }, 'none'],
    ['claim missing', {}, { email: 'a@b.nl' }, 'none'],
    ['claim of another type', {}, { groups: 42 }, 'none'],
    ['non-string list items are ignored', {}, { groups: [1, null, 'spiegel-begeleiding'] }, 'facilitator'],
    ['claim mode without a claim name', { claim: null }, { groups: ['spiegel-beheer'] }, 'none'],
  ])('should give %s', (_name, overrides, claims, expected) => {
    expect(mapSsoRole(claimMapping(overrides), claims)).toBe(expected);
  });
});

describe('emailDomain', () => {
  it.each([
    ['Anna@GGZ-Noord.nl', 'ggz-noord.nl'],
    ['a@sub.example.org', 'sub.example.org'],
    ['geen-adres', null],
    ['@ggz.nl', null],
    ['anna@', null],
    ['anna@localhost', null],
  ])('should read %s as %s', (input, expected) => {
    expect(emailDomain(input)).toBe(expected);
  });
});
