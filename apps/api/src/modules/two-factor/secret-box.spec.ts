import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('should give the secret back to the same person only', () => {
    const sealed = box.encrypt('JBSWY3DPEHPK3PXP', 'user-a');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.decrypt(sealed, 'user-a')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => box.decrypt(sealed, 'user-b')).toThrow();
  });

  it('should refuse a sealed secret that was changed', () => {
    const [iv, tag, data] = box.encrypt('JBSWY3DPEHPK3PXP', 'u').split('.');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => box.decrypt([iv, tag, flipped.toString('base64url')].join('.'), 'u')).toThrow();
  });

  it('should not decrypt with another key', () => {
    const sealed = box.encrypt('JBSWY3DPEHPK3PXP', 'u');
    expect(() => new SecretBox(randomBytes(32)).decrypt(sealed, 'u')).toThrow();
  });

  it('should seal the same secret differently each time', () => {
    expect(box.encrypt('S', 'u')).not.toBe(box.encrypt('S', 'u'));
  });
});
