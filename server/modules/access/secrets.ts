import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Passwords are hashed with argon2id (the library's defaults: 19 MiB, 2 passes, 1 lane, OWASP's
// recommendation); session and API-token secrets are 256 random bits, stored as their SHA-256, which
// is enough for a secret nobody chose: there is no dictionary to try against it.

export const MIN_PASSWORD_LENGTH = 10;
/** argon2 takes any length; a cap keeps a request from making the server hash megabytes. */
export const MAX_PASSWORD_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash of no one's password, verified against when the username is unknown, so timing tells nothing. */
let decoy: Promise<string> | undefined;

/** Whether `password` matches `stored`; with no stored hash it still spends the same time, then says no. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  const target = stored ?? (await (decoy ??= hash(randomBytes(16).toString('hex'))));
  const matches = await verify(target, password).catch(() => false);
  return stored !== null && matches;
}

/** A new secret for a cookie or an API token; API tokens carry a prefix so scanners can spot a leaked one. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
