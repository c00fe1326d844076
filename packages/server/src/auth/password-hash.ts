import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's recommended minimum (19 MiB memory, 2 iterations, 1 lane).
 * The parameters travel inside the hash string, so they can be raised later without
 * breaking existing hashes.
 */
// 2 is Algorithm.Argon2id: the library's const enum cannot be imported under isolatedModules.
const argon2id = 2;
const options = { algorithm: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/**
 * NIST SP 800-63B §3.1.1.2: passwords are normalized (NFKC) before hashing, so the same
 * password typed on another keyboard or system (composed or decomposed accents, full-width
 * letters) still matches.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Every stored password hash goes through here. */
export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalizePassword(password));
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}
