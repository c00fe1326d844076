import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { WithdrawalFacts } from './referral-rules.ts';
import {
  REFERRAL_CITATIONS as C,
  checkAdminMeeting,
  checkReferrer,
  checkWithdrawal,
  isAdultOn,
  routedToDesignee,
} from './referral-rules.ts';

describe(`who refers (${C.whoRefers})`, () => {
  const routed: [string, Parameters<typeof routedToDesignee>[0], boolean][] = [
    ['a parent refers directly', 'parent', false],
    ['a student over eighteen refers directly', 'adult-student', false],
    ['designated district staff refer directly', 'district-staff', false],
    ["a physician's request goes to a district designee", 'physician', true],
    ["a judicial officer's request goes to a district designee", 'judicial-officer', true],
    ["a public agency's request goes to a district designee", 'public-agency', true],
  ];
  for (const [name, kind, expected] of routed)
    test(name, () => assert.equal(routedToDesignee(kind), expected));

  const ages: [string, string, string, boolean][] = [
    ['the day before the eighteenth birthday is not yet adult', '2008-03-04', '2026-03-03', false],
    ['the eighteenth birthday is adult', '2008-03-04', '2026-03-04', true],
    ['born on February 29: adult on March 1 of a common year', '2008-02-29', '2026-03-01', true],
    ['born on February 29: not adult on February 28', '2008-02-29', '2026-02-28', false],
  ];
  for (const [name, born, on, adult] of ages)
    test(name, () => assert.equal(isAdultOn(born, on), adult));

  test('a student under 18 cannot refer themself', () => {
    const refusal = checkReferrer({
      kind: 'adult-student',
      dateOfBirth: '2010-01-01',
      submittedOn: '2026-01-01',
    });
    assert.equal(refusal?.field, 'referrerKind');
    assert.match(refusal?.message ?? '', /only once they are 18/);
  });
  test('a parent refers a child of any age', () =>
    assert.equal(
      checkReferrer({ kind: 'parent', dateOfBirth: '2020-01-01', submittedOn: '2026-01-01' }),
      null,
    ));
});

describe(`the building administrator's meeting (${C.adminMeeting})`, () => {
  const open: Parameters<typeof checkAdminMeeting>[0] = {
    level: 'school-age',
    status: 'open',
    receivedOn: '2026-10-01',
    requestedOn: '2026-10-05',
  };
  const cases: [string, Partial<typeof open>, RegExp | null][] = [
    ['a school-age referral the committee received may have one', {}, null],
    ['requested on the day of receipt', { requestedOn: '2026-10-01' }, null],
    [
      'not before the referral is received',
      { requestedOn: '2026-09-30' },
      /after the referral is received/,
    ],
    ['not for a preschool child', { level: 'preschool' }, /preschool/],
    ['not while a designee decides', { status: 'awaiting-designee', receivedOn: null }, /not open/],
  ];
  for (const [name, change, refused] of cases)
    test(name, () => {
      const result = checkAdminMeeting({ ...open, ...change });
      if (refused === null) assert.equal(result, null);
      else assert.match(result?.message ?? '', refused);
    });
});

describe(`the withdrawal agreement (${C.withdrawal})`, () => {
  const facts: WithdrawalFacts = {
    status: 'open',
    meetingHeldOn: '2026-10-08',
    meetingOutcome: null,
    agreedOn: '2026-10-08',
    language: 'es',
    parentLanguages: ['es'],
    copies: {
      chairpersonCopyOn: '2026-10-08',
      referrerCopyOn: '2026-10-09',
      parentCopyOn: '2026-10-08',
    },
  };
  const cases: [string, Partial<WithdrawalFacts>, string | null][] = [
    ["a written agreement at the meeting, in the parent's language, with copies", {}, null],
    ['not before the meeting is held', { meetingHeldOn: null }, 'agreedOn'],
    [
      'not after a meeting that ended without agreement',
      { meetingOutcome: 'continue-referral' },
      'agreedOn',
    ],
    ['not dated before the meeting', { agreedOn: '2026-10-07' }, 'agreedOn'],
    ["in the parent's native language", { language: 'en' }, 'language'],
    ['not on a withdrawn referral', { status: 'withdrawn' }, 'agreedOn'],
    [
      'copies are not sent before the agreement',
      { copies: { ...facts.copies, referrerCopyOn: '2026-10-01' } },
      'referrerCopyOn',
    ],
    [
      "the student's copy too, when one is given",
      { copies: { ...facts.copies, studentCopyOn: '2026-10-01' } },
      'studentCopyOn',
    ],
  ];
  for (const [name, change, field] of cases)
    test(name, () => assert.equal(checkWithdrawal({ ...facts, ...change })?.field ?? null, field));
});
