import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNewPassword } from './password-policy.ts';
import { hashPassword, normalizePassword, verifyPassword } from './password-hash.ts';

const email = 'jane.doe@district.example';

/** A passphrase of exactly `length` characters that is neither common nor repetitive. */
function passphrase(length: number): string {
  const words =
    'orchard lantern velvet compass meadow pebble saffron glacier thimble quarry juniper falcon'.split(
      ' ',
    );
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${words[i % words.length] ?? ''}${i} `;
  const result = text.slice(0, length - 1) + 'z';
  assert.equal(result.length, length);
  return result;
}

interface Case {
  name: string;
  password: string;
  hasSecondFactor?: boolean;
  /** A word the one expected message contains; absent when the password is accepted. */
  refusedFor?: string;
}

const cases: Case[] = [
  { name: 'a password alone may be 15 characters', password: 'maple tree rain' },
  {
    name: 'a password alone needs 15 characters: 14 are refused',
    password: 'maple treerain',
    refusedFor: 'at least 15',
  },
  {
    name: 'with a second factor 8 characters are enough',
    password: 'tulip#ox',
    hasSecondFactor: true,
  },
  {
    name: 'with a second factor 7 characters are refused',
    password: 'tulip#o',
    hasSecondFactor: true,
    refusedFor: 'at least 8',
  },
  {
    name: 'no composition rules: lower-case letters and spaces only are fine',
    password: 'purple elephants dance quietly',
  },
  { name: '64 characters are accepted', password: passphrase(64) },
  { name: '256 characters are accepted', password: passphrase(256) },
  {
    name: 'more than 256 characters are refused',
    password: passphrase(257),
    refusedFor: 'at most 256',
  },
  {
    name: 'a common password is refused even with a second factor',
    password: 'password123',
    hasSecondFactor: true,
    refusedFor: 'common',
  },
  {
    name: 'the blocklist ignores case',
    password: 'PassWord123',
    hasSecondFactor: true,
    refusedFor: 'common',
  },
  {
    name: 'a common password with digits and symbols added is refused',
    password: 'sunshine2024!!',
    hasSecondFactor: true,
    refusedFor: 'common',
  },
  {
    name: 'a long common passphrase is refused',
    password: 'correct horse battery staple',
    refusedFor: 'common',
  },
  {
    name: 'the e-mail name is a context-specific word',
    password: 'Jane.Doe quarterly review',
    refusedFor: 'e-mail',
  },
  {
    name: 'the service name is a context-specific word',
    password: 'my continuum login 42',
    refusedFor: 'service',
  },
  { name: 'a repeated character is refused', password: 'aaaaaaaaaaaaaaa', refusedFor: 'repeated' },
  { name: 'digits in sequence are refused', password: '123456789012345', refusedFor: 'repeated' },
  { name: 'a repeated unit is refused', password: 'abc1abc1abc1abc1', refusedFor: 'repeated' },
  {
    name: 'two sequences back to back are refused',
    password: '4567defg',
    hasSecondFactor: true,
    refusedFor: 'repeated',
  },
  { name: 'a keyboard row is refused', password: 'poiuytrewqlkjhgfdsa', refusedFor: 'repeated' },
  {
    name: 'letters counted as Unicode characters: 15 accented letters are enough',
    password: 'éàüöçñøåæœßéàüö',
  },
  {
    name: 'non-Latin scripts count one character per code point',
    password: 'ভালো পাসওয়ার্ড দিন',
    refusedFor: undefined,
  },
  { name: 'emoji count as one character each', password: '🐢🌵🎈🍋🚲🧭🪁🎻🦉🌋🧩🛶🎲🪴🐙' },
  {
    name: 'full-width letters normalize to a common password',
    password: 'ｐａｓｓｗｏｒｄ１２３',
    hasSecondFactor: true,
    refusedFor: 'common',
  },
];

for (const c of cases) {
  test(`${c.name} (${JSON.stringify(c.password.slice(0, 20))}…)`, () => {
    const issues = checkNewPassword(c.password, {
      email,
      hasSecondFactor: c.hasSecondFactor ?? false,
    });
    if (c.refusedFor === undefined) {
      assert.deepEqual(issues, []);
    } else {
      assert.equal(issues.length, 1, JSON.stringify(issues));
      assert.equal(issues[0]?.path, 'password');
      assert.match(issues[0]?.message ?? '', new RegExp(c.refusedFor));
    }
  });
}

test('issues name the field they are about', () => {
  const issues = checkNewPassword('short', { email, hasSecondFactor: false, field: 'newPassword' });
  assert.ok(issues.length > 0);
  assert.ok(issues.every((issue) => issue.path === 'newPassword'));
});

test('a short e-mail name does not forbid ordinary words', () => {
  assert.deepEqual(
    checkNewPassword('joyful morning walks', {
      email: 'jo@district.example',
      hasSecondFactor: false,
    }),
    [],
  );
});

test('composed and decomposed accents are the same password (NFKC)', async () => {
  const composed = 'caf\u00e9 au lait le matin';
  const decomposed = 'cafe\u0301 au lait le matin';
  assert.notEqual(composed, decomposed);
  assert.equal(normalizePassword(decomposed), composed);
  const hash = await hashPassword(composed);
  assert.equal(await verifyPassword(hash, decomposed), true);
  assert.equal(await verifyPassword(hash, 'cafe au lait le matin'), false);
});
