import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Secret, TOTP } from 'otpauth';
import { matchTotpStep, newTotpSecret, normalizeTotpCode } from './totp.ts';

const now = Date.UTC(2025, 8, 2, 13, 0, 10); // 10 s into a 30-second step
const step = Math.floor(now / 30_000);
const codeAt = (secret: string, timestamp: number) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp });

test('a new secret has 160 bits and an otpauth URI naming the service and the account', () => {
  const { secret, uri } = newTotpSecret('jane.doe@district.example');
  assert.equal(Secret.fromBase32(secret).bytes.length, 20);
  const url = new URL(uri);
  assert.equal(url.protocol, 'otpauth:');
  assert.equal(url.host, 'totp');
  assert.equal(url.searchParams.get('secret'), secret);
  assert.equal(url.searchParams.get('issuer'), 'Continuum');
  assert.match(decodeURIComponent(url.pathname), /Continuum:jane\.doe@district\.example/);
});

test('two enrollments get different secrets', () => {
  assert.notEqual(newTotpSecret('a@x.example').secret, newTotpSecret('a@x.example').secret);
});

const { secret } = newTotpSecret('jane.doe@district.example');

const cases: {
  name: string;
  codeTime: number;
  lastStep: number | null;
  expected: number | null;
}[] = [
  { name: 'the current code is accepted', codeTime: now, lastStep: null, expected: step },
  {
    name: 'the previous step is accepted (clock drift, slow typing)',
    codeTime: now - 30_000,
    lastStep: null,
    expected: step - 1,
  },
  {
    name: 'the next step is accepted (a phone clock slightly ahead)',
    codeTime: now + 30_000,
    lastStep: null,
    expected: step + 1,
  },
  {
    name: 'two steps back is outside the window',
    codeTime: now - 60_000,
    lastStep: null,
    expected: null,
  },
  {
    name: 'two steps ahead is outside the window',
    codeTime: now + 60_000,
    lastStep: null,
    expected: null,
  },
  {
    name: 'a code already used is refused (replay)',
    codeTime: now,
    lastStep: step,
    expected: null,
  },
  {
    name: 'an older code after a newer one is refused',
    codeTime: now - 30_000,
    lastStep: step,
    expected: null,
  },
  {
    name: 'a code after the last used one is accepted',
    codeTime: now + 30_000,
    lastStep: step,
    expected: step + 1,
  },
];

for (const c of cases) {
  test(c.name, () => {
    assert.equal(
      matchTotpStep(secret, codeAt(secret, c.codeTime), { lastStep: c.lastStep, now }),
      c.expected,
    );
  });
}

test('a code of another secret is refused', () => {
  const other = newTotpSecret('someone@x.example').secret;
  assert.equal(matchTotpStep(secret, codeAt(other, now), { lastStep: null, now }), null);
});

test('spaces in a typed code are ignored', () => {
  const code = codeAt(secret, now);
  const typed = ` ${code.slice(0, 3)} ${code.slice(3)} `;
  assert.equal(normalizeTotpCode(typed), code);
  assert.equal(matchTotpStep(secret, typed, { lastStep: null, now }), step);
});
