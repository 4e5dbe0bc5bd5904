import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { openSecret, sealSecret } from './secret-box.js';

describe('secret box', () => {
  const key = randomBytes(32);

  it('should open what it sealed, and never store the plain text', () => {
    const sealed = sealSecret(key, 'geheim-van-de-client');
    expect(sealed).not.toContain('geheim');
    expect(openSecret(key, sealed)).toBe('geheim-van-de-client');
  });

  it('should give a different sealed value each time (random IV)', () => {
    expect(sealSecret(key, 'x')).not.toBe(sealSecret(key, 'x'));
  });

  it('should refuse another key, a changed ciphertext and garbage', () => {
    const sealed = sealSecret(key, 'geheim');
    expect(openSecret(randomBytes(32), sealed)).toBeNull();
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(
      openSecret(key, [parts[0], parts[1], parts[2], flipped.toString('base64url')].join('.')),
    ).toBeNull();
    expect(openSecret(key, 'v2.a.b.c')).toBeNull();
    expect(openSecret(key, 'rommel')).toBeNull();
  });
});
