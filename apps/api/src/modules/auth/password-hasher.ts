import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to Argon2id (its Algorithm enum is a const enum that isolatedModules cannot
// reference); the parameters follow the OWASP minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Burns the same time as a real check, so a missing account cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('spiegel-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
