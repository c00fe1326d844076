import { Secret, TOTP } from 'otpauth';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps), the format
 * every authenticator app reads. NIST SP 800-63B-4 §3.1.4.1: the secret has at least 112 bits
 * (we use 160, RFC 4226's recommendation); §3.1.4.2: a code is accepted only once.
 */
const issuer = 'Continuum';
const secretBytes = 20;
/** One step either side of now: tolerates 30 s of clock drift and the time it takes to type. */
const window = 1;

function totpFor(secretBase32: string, label = ''): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export interface NewTotpSecret {
  /** Base32, for typing into an app by hand. */
  secret: string;
  /** The otpauth:// URI an app reads from a QR code. */
  uri: string;
}

export function newTotpSecret(email: string): NewTotpSecret {
  const secret = new Secret({ size: secretBytes }).base32;
  return { secret, uri: totpFor(secret, email).toString() };
}

/** What a person types: apps show "123 456", so spaces are ignored. */
export function normalizeTotpCode(code: string): string {
  return code.replace(/\s+/g, '');
}

/**
 * The time step a code belongs to, or null when it matches no step in the window or its step
 * is not after the last accepted one (a replayed code, or an older code after a newer one).
 */
export function matchTotpStep(
  secretBase32: string,
  code: string,
  options: { lastStep: number | null; now: number },
): number | null {
  const totp = totpFor(secretBase32);
  const delta = totp.validate({ token: normalizeTotpCode(code), timestamp: options.now, window });
  if (delta === null) return null;
  const step = totp.counter({ timestamp: options.now }) + delta;
  return options.lastStep !== null && step <= options.lastStep ? null : step;
}

export interface TotpAccount {
  id: string;
  totp_secret: string | null;
  totp_last_step: number | null;
}

/**
 * Accepts a code for an account at most once. The update is conditional on the step still
 * being newer than the stored one, so two requests racing with the same code cannot both win.
 * `enable` also marks the second factor as set up (confirming an enrollment).
 */
export async function acceptTotpCode(
  executor: Kysely<DB>,
  account: TotpAccount,
  code: string,
  options: { enable?: boolean } = {},
): Promise<boolean> {
  if (!account.totp_secret) return false;
  const step = matchTotpStep(account.totp_secret, code, {
    lastStep: account.totp_last_step,
    now: Date.now(),
  });
  if (step === null) return false;
  const result = await executor
    .updateTable('accounts')
    .set((eb) => ({
      totp_last_step: step,
      ...(options.enable
        ? { totp_enabled_at: eb.fn<Date>('now'), updated_at: eb.fn<Date>('now') }
        : {}),
    }))
    .where('id', '=', account.id)
    .where('totp_secret', '=', account.totp_secret)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
