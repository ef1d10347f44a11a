/**
 * The key that seals the sign-in cookies: SESSION_SECRET from the environment (at least 32
 * characters), else REVIEW_DATA_DIR/.session-secret, generated (256 random bits, mode 0600) the
 * first time it is needed. Changing it signs every reviewer out.
 */

/** The environment, as far as these functions read it. */
type Env = Readonly<Record<string, string | undefined>>;
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const MIN_SECRET_LENGTH = 32;

export class SessionSecretError extends Error {}

function readSecretFile(file: string): string {
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) throw new SessionSecretError(`${file}: the session secret needs at least ${MIN_SECRET_LENGTH} characters`);
  // A secret others can read is no secret: keep it to the owner.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return secret;
}

export function loadSessionSecret(file: string, env: Env = process.env): string {
  const fromEnv = env.SESSION_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < MIN_SECRET_LENGTH) throw new SessionSecretError(`SESSION_SECRET needs at least ${MIN_SECRET_LENGTH} characters`);
    return fromEnv;
  }
  try {
    return readSecretFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // made at the same moment elsewhere: use that one
  }
  return readSecretFile(file);
}
