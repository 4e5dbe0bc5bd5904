import { randomToken, sha256Hex } from '../../common/crypto.js';

/** 16 random bytes, URL-safe: unguessable, short enough to type from a printed letter if need be. */
export function newInvitationCode(): { code: string; hash: string; prefix: string } {
  const code = randomToken(16);
  return { code, hash: sha256Hex(code), prefix: code.slice(0, 4) };
}

export const hashInvitationCode = (code: string): string => sha256Hex(code.trim());
