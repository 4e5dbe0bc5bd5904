import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for TOTP secrets at rest: a fresh 96-bit IV per secret, the user id as additional
 * data (a secret copied onto another person's row does not decrypt), and the tag checked on read.
 */
export class SecretBox {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('The TOTP key must be 32 bytes');
    // Separate keys for separate purposes, derived from the one configured key.
    this.encKey = createHmac('sha256', key).update('spiegel/totp/encrypt').digest();
    this.macKey = createHmac('sha256', key).update('spiegel/totp/mac').digest();
  }

  encrypt(plain: string, userId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    cipher.setAAD(Buffer.from(userId));
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
  }

  decrypt(sealed: string, userId: string): string {
    const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
    if (!iv || !tag || !data) throw new Error('Malformed sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, iv);
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  }

  /** Keyed hash (recovery codes, cookie signatures): a database copy alone cannot be brute-forced offline. */
  mac(value: string): string {
    return createHmac('sha256', this.macKey).update(value).digest('base64url');
  }
}
