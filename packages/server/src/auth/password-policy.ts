import { readFileSync } from 'node:fs';
import type { FieldIssue } from '../errors.ts';
import { normalizePassword } from './password-hash.ts';

/**
 * The rules a new password must meet: NIST SP 800-63B-4 §3.1.1.2 (password verifiers).
 * Length is what makes a password strong, so there are no composition rules (no "one digit,
 * one symbol"), spaces and any Unicode character are allowed, and what is refused is what
 * attackers try first: common and breached passwords, words tied to the account or the
 * service, and repeated or sequential characters.
 */
export const passwordLength = {
  /** §3.1.1.2: a password that is the only factor is at least 15 characters. */
  withoutSecondFactor: 15,
  /** §3.1.1.2: a password used with a second factor may be as short as 8. */
  withSecondFactor: 8,
  /** §3.1.1.2 asks to allow at least 64; the cap only bounds the work of hashing. */
  max: 256,
} as const;

/** The service's name and its derivatives (§3.1.1.2, "context-specific words"). */
const serviceWords = ['continuum'];

const blocklist: ReadonlySet<string> = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#')),
);

export interface PasswordContext {
  /** The account's e-mail: its local part is a context-specific word. */
  email: string;
  /** Whether the account has a second factor set up (it lowers the minimum length). */
  hasSecondFactor: boolean;
  /** The field the issues name (default `password`). */
  field?: string;
}

/** The issues with a prospective password; none means it may be set. */
export function checkNewPassword(password: string, context: PasswordContext): FieldIssue[] {
  const path = context.field ?? 'password';
  const normalized = normalizePassword(password);
  // §3.1.1.2: each Unicode code point counts as one character.
  const length = [...normalized].length;
  const lower = normalized.toLowerCase();
  const messages: string[] = [];

  const min = context.hasSecondFactor
    ? passwordLength.withSecondFactor
    : passwordLength.withoutSecondFactor;
  if (length < min) {
    messages.push(
      context.hasSecondFactor
        ? `Use at least ${min} characters.`
        : `Use at least ${min} characters. A few unrelated words with spaces between them make a strong password that is easy to remember.`,
    );
  }
  if (length > passwordLength.max) messages.push(`Use at most ${passwordLength.max} characters.`);
  if (isCommon(lower)) {
    messages.push(
      'This password is on a list of common or leaked passwords that attackers try first. Choose another.',
    );
  }
  if (containsContextWord(lower, context.email)) {
    messages.push('Do not use your e-mail name or the name of this service in your password.');
  }
  if (isRepetitiveOrSequential(lower)) {
    messages.push('Avoid repeated or sequential characters such as "aaaa", "abcd" or "1234".');
  }
  return messages.map((message) => ({ path, message }));
}

/** On the list as typed, or with trailing digits and symbols removed ("password2024!!"). */
function isCommon(lower: string): boolean {
  return blocklist.has(lower) || blocklist.has(lower.replace(/[^\p{L}]+$/u, ''));
}

const lettersAndDigits = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '');

function containsContextWord(lower: string, email: string): boolean {
  const localPart = lettersAndDigits(email.toLowerCase().split('@')[0] ?? '');
  // Very short local parts ("jo") would forbid ordinary words; four characters is a name.
  const words = localPart.length >= 4 ? [...serviceWords, localPart] : serviceWords;
  const compact = lettersAndDigits(lower);
  return words.some((word) => compact.includes(word));
}

/** Sequences people walk along: digits (with 9 → 0 wrapping), the alphabet, keyboard rows. */
const sequences = [
  '0123456789',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
];

/** How `b` follows `a`: the same character, or one step forward or back along a sequence. */
function relations(a: string, b: string): string[] {
  const found = a === b ? ['same'] : [];
  sequences.forEach((sequence, index) => {
    const i = sequence.indexOf(a);
    const j = sequence.indexOf(b);
    if (i < 0 || j < 0) return;
    if ((i + 1) % sequence.length === j) found.push(`${index}+`);
    if ((j + 1) % sequence.length === i) found.push(`${index}-`);
  });
  return found;
}

/** The length of the longest run starting at `start` that keeps one relation. */
function runLength(chars: string[], start: number): number {
  const first = chars[start];
  const second = chars[start + 1];
  if (first === undefined || second === undefined) return 1;
  let best = 1;
  for (const relation of relations(first, second)) {
    let end = start + 1;
    while (
      end + 1 < chars.length &&
      relations(chars[end] ?? '', chars[end + 1] ?? '').includes(relation)
    )
      end++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/**
 * §3.1.1.2 "repetitive or sequential characters": a password with at most three distinct
 * characters, one that repeats a shorter unit ("abcabcabc"), or one made only of runs of three
 * or more repeated or sequential characters ("aaaaaaaaaaaaaaa", "123456789012345", "1234abcd").
 */
function isRepetitiveOrSequential(lower: string): boolean {
  const chars = [...lower];
  if (new Set(chars).size <= 3) return true;
  if (/^(.+?)\1+$/su.test(lower)) return true;
  for (let i = 0; i < chars.length;) {
    const length = runLength(chars, i);
    if (length < 3) return false;
    i += length;
  }
  return true;
}
