import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCalendar } from '../calendar/compile.ts';
import { parseCalendar } from '../calendar/schema.ts';
import { NYC_STYLE_CALENDAR } from '../calendar/fixtures.ts';
import type { ImplementerRole } from './implementers.ts';
import { coversService, mayImplementAs, reviewKindFor } from './implementers.ts';
import type { ReadinessAssignment, ReadinessBasis, ReadinessIep } from './readiness.ts';
import { checkDistributionReadiness, startingSoonThrough } from './readiness.ts';

const PREK = 'PREK, Accessibility and Storage';
const calendar = compileCalendar(parseCalendar(NYC_STYLE_CALENDAR));
// A Tuesday; Thanksgiving (26, 27 November) is no school day, so the tenth school day after
// it is Thursday 10 December 2026.
const basis: ReadinessBasis = { asOf: '2026-11-24', calendar, windowSchoolDays: 10 };

const SPEECH = 'related-service:speech-language therapy';
const CLASS = 'special-class-12-1-1:';
const SEIT = 'seit:';
const PRESCHOOL_SPEECH = 'preschool-related-services:speech-language therapy';

const teacher = (over: Partial<ReadinessAssignment> = {}): ReadinessAssignment => ({
  id: 'teacher',
  staffId: 'staff-teacher',
  role: 'classroom-teacher',
  services: [],
  startsOn: '2026-11-20',
  ended: false,
  account: 'active',
  review: 'confirmed',
  openRequest: false,
  ...over,
});
const para = (over: Partial<ReadinessAssignment> = {}): ReadinessAssignment =>
  teacher({ id: 'para', staffId: 'staff-para', role: 'paraprofessional', ...over });
const speech = (over: Partial<ReadinessAssignment> = {}): ReadinessAssignment =>
  teacher({
    id: 'speech',
    staffId: 'staff-speech',
    role: 'related-service-provider',
    services: [SPEECH],
    ...over,
  });

const iep = (over: Partial<ReadinessIep> = {}): ReadinessIep => ({
  implementationDate: '2026-12-01',
  serviceKeys: [CLASS, SPEECH],
  assignments: [teacher(), speech()],
  ...over,
});

describe('IEP distribution readiness (PREK, Accessibility and Storage)', () => {
  const cases: {
    name: string;
    source: string;
    iep: ReadinessIep;
    basis?: ReadinessBasis;
    timing: string;
    listed: boolean;
    problems: string[];
  }[] = [
    {
      name: 'every service implemented, everyone with access, reviewed and confirmed: ready, and listed while it starts soon',
      source: `${PREK}, bullets 1-2`,
      iep: iep(),
      timing: 'starting-soon',
      listed: true,
      problems: [],
    },
    {
      name: 'a service nobody is assigned to is missing its implementer',
      source: `${PREK}, bullet 1 ("implementing the IEP, either in whole or in part")`,
      iep: iep({ assignments: [teacher({ services: [CLASS] })] }),
      timing: 'starting-soon',
      listed: true,
      problems: [`service-unassigned ${SPEECH}`],
    },
    {
      name: 'an IEP nobody implements says so once',
      source: `${PREK}, bullet 1`,
      iep: iep({ assignments: [] }),
      timing: 'starting-soon',
      listed: true,
      problems: ['no-implementers'],
    },
    {
      name: 'a paraprofessional on the whole IEP does not stand in for the teacher',
      source: `${PREK}, bullet 3 (the paraprofessional supports under the teacher or provider)`,
      iep: iep({ assignments: [para(), speech()] }),
      timing: 'starting-soon',
      listed: true,
      problems: [`service-unassigned ${CLASS}`],
    },
    {
      name: 'an assignment that starts after the implementation date gives no access before initiation',
      source: `${PREK}, bullet 1 ("Prior to initiation of IEP recommendations")`,
      iep: iep({ assignments: [teacher({ startsOn: '2026-12-02' }), speech()] }),
      timing: 'starting-soon',
      listed: true,
      problems: ['access-starts-late teacher'],
    },
    {
      name: 'an assignment starting on the implementation date is in time',
      source: `${PREK}, bullet 1`,
      iep: iep({ assignments: [teacher({ startsOn: '2026-12-01' }), speech()] }),
      timing: 'starting-soon',
      listed: true,
      problems: [],
    },
    {
      name: 'a disabled account, and one never set up, cannot open the IEP',
      source: `${PREK}, bullet 1 ("electronic access")`,
      iep: iep({
        assignments: [teacher({ account: 'disabled' }), speech({ account: 'not-set-up' })],
      }),
      timing: 'starting-soon',
      listed: true,
      problems: ['account-disabled teacher', 'account-not-set-up speech'],
    },
    {
      name: 'an ended assignment nobody took over leaves its part without access',
      source: `${PREK}, bullet 1`,
      iep: iep({ assignments: [teacher({ services: [CLASS] }), speech({ ended: true })] }),
      timing: 'starting-soon',
      listed: true,
      problems: [`service-unassigned ${SPEECH}`, 'access-ended speech'],
    },
    {
      name: 'an ended assignment handed over to someone else is no problem',
      source: `${PREK}, bullet 1`,
      iep: iep({
        assignments: [
          teacher(),
          speech({ ended: true }),
          speech({ id: 'speech-2', staffId: 'staff-speech-2' }),
        ],
      }),
      timing: 'starting-soon',
      listed: true,
      problems: [],
    },
    {
      name: 'a teacher not yet reviewed with, and a provider who has not confirmed, are flagged',
      source: `${PREK}, bullet 2 ("must review the IEP with each classroom teacher, related service provider")`,
      iep: iep({
        assignments: [teacher({ review: 'none' }), speech({ review: 'unconfirmed' })],
      }),
      timing: 'starting-soon',
      listed: true,
      problems: ['not-reviewed teacher', 'review-not-confirmed speech'],
    },
    {
      name: "a paraprofessional's open request for a review is flagged until answered",
      source: `${PREK}, bullet 3 ("the opportunity to review the IEP upon request")`,
      iep: iep({ assignments: [teacher(), speech(), para({ review: 'none', openRequest: true })] }),
      timing: 'starting-soon',
      listed: true,
      problems: ['not-reviewed para', 'review-requested para'],
    },
    {
      name: 'an IEP already started is listed only while it has a problem',
      source: `${PREK}, bullet 1`,
      iep: iep({ implementationDate: '2026-09-10' }),
      timing: 'started',
      listed: false,
      problems: [],
    },
    {
      name: 'an IEP already started with an implementer never reviewed is listed',
      source: `${PREK}, bullet 2`,
      iep: iep({
        implementationDate: '2026-09-10',
        assignments: [teacher({ review: 'none' }), speech()],
      }),
      timing: 'started',
      listed: true,
      problems: ['not-reviewed teacher'],
    },
    {
      name: 'once an IEP has started, an assignment that gives access from today is in time again',
      source: `${PREK}, bullet 1`,
      iep: iep({
        implementationDate: '2026-09-10',
        assignments: [teacher({ startsOn: '2026-11-24' }), speech({ startsOn: '2026-11-25' })],
      }),
      timing: 'started',
      listed: true,
      problems: ['access-starts-late speech'],
    },
    {
      name: 'an IEP starting after the window is not listed, problems or not',
      source: `${PREK}, bullet 1 (the district's readiness window)`,
      iep: iep({ implementationDate: '2026-12-11', assignments: [] }),
      timing: 'later',
      listed: false,
      problems: ['no-implementers'],
    },
    {
      name: 'the tenth school day after today is within the window',
      source: `${PREK}, bullet 1 (the district's readiness window)`,
      iep: iep({ implementationDate: '2026-12-10' }),
      timing: 'starting-soon',
      listed: true,
      problems: [],
    },
    {
      name: 'without a calendar an upcoming IEP with a problem is still listed, never hidden',
      source: `${PREK}, bullet 1`,
      basis: { ...basis, calendar: null },
      iep: iep({
        implementationDate: '2027-03-01',
        assignments: [teacher(), speech({ review: 'none' })],
      }),
      timing: 'uncounted',
      listed: true,
      problems: ['not-reviewed speech'],
    },
    {
      name: 'an IEP with no implementation date is listed when it has a problem',
      source: `${PREK}, bullet 1`,
      iep: iep({ implementationDate: null, assignments: [teacher({ services: [CLASS] })] }),
      timing: 'undated',
      listed: true,
      problems: [`service-unassigned ${SPEECH}`],
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const result = checkDistributionReadiness(c.basis ?? basis, c.iep);
      assert.equal(result.timing, c.timing);
      assert.equal(result.listed, c.listed);
      assert.deepEqual(
        result.problems.map((p) =>
          'serviceKey' in p
            ? `${p.code} ${p.serviceKey}`
            : 'assignmentId' in p
              ? `${p.code} ${p.assignmentId}`
              : p.code,
        ),
        c.problems,
      );
      for (const p of result.problems) assert.match(p.citation, /^PREK, Accessibility and Storage/);
    });
  }

  test('the window ends on the tenth school day and counts the days to the start', () => {
    assert.equal(startingSoonThrough(basis), '2026-12-10');
    assert.equal(checkDistributionReadiness(basis, iep()).schoolDaysUntil, 3);
    assert.equal(startingSoonThrough({ ...basis, calendar: null }), null);
  });
});

describe('who implements an IEP, and who reviews it with them (PREK, Accessibility and Storage)', () => {
  const roles: { role: ImplementerRole; staff: string[]; may: boolean; source: string }[] = [
    { role: 'classroom-teacher', staff: ['teacher'], may: true, source: `${PREK}, bullet 2` },
    { role: 'classroom-teacher', staff: ['provider'], may: false, source: `${PREK}, bullet 2` },
    {
      role: 'related-service-provider',
      staff: ['provider'],
      may: true,
      source: `${PREK}, bullet 2`,
    },
    { role: 'seit', staff: ['seit'], may: true, source: `${PREK}, bullet 2` },
    { role: 'seit', staff: ['teacher'], may: false, source: `${PREK}, bullet 2` },
    {
      role: 'paraprofessional',
      staff: ['paraprofessional'],
      may: true,
      source: `${PREK}, bullet 3`,
    },
    {
      role: 'paraprofessional',
      staff: ['program-leader'],
      may: false,
      source: `${PREK}, bullet 3`,
    },
    {
      role: 'other-provider',
      staff: ['seit'],
      may: true,
      source: `${PREK}, bullet 2 ("or other provider as appropriate")`,
    },
    {
      role: 'other-provider',
      staff: ['paraprofessional'],
      may: false,
      source: `${PREK}, bullets 2-3`,
    },
  ];
  for (const c of roles) {
    test(`${c.staff.join(',')} ${c.may ? 'may' : 'may not'} implement as ${c.role} (${c.source})`, () => {
      assert.equal(mayImplementAs(c.role, c.staff), c.may);
    });
  }
  test('the program leader reviews with teachers and providers, the teacher with paraprofessionals (PREK, bullets 2-3)', () => {
    assert.equal(reviewKindFor('seit'), 'leader-with-implementer');
    assert.equal(reviewKindFor('paraprofessional'), 'teacher-with-paraprofessional');
  });
  test('a paraprofessional covers a service only when assigned to it by name (PREK, bullet 3)', () => {
    assert.equal(coversService({ role: 'paraprofessional', services: [] }, SPEECH), false);
    assert.equal(coversService({ role: 'paraprofessional', services: [SPEECH] }, SPEECH), true);
    assert.equal(coversService({ role: 'classroom-teacher', services: [CLASS] }, SPEECH), false);
  });
  const wholeIep: { role: ImplementerRole; key: string; covers: boolean }[] = [
    { role: 'classroom-teacher', key: CLASS, covers: true },
    { role: 'classroom-teacher', key: SPEECH, covers: false },
    { role: 'classroom-teacher', key: SEIT, covers: false },
    { role: 'related-service-provider', key: SPEECH, covers: true },
    { role: 'related-service-provider', key: PRESCHOOL_SPEECH, covers: true },
    { role: 'related-service-provider', key: CLASS, covers: false },
    { role: 'seit', key: SEIT, covers: true },
    { role: 'seit', key: SPEECH, covers: false },
    { role: 'other-provider', key: SPEECH, covers: true },
  ];
  for (const c of wholeIep) {
    test(`${c.role} on the whole IEP ${c.covers ? 'covers' : 'does not cover'} ${c.key} (PREK, bullets 1-2: the teacher, the related service provider, the SEIT, "or other provider as appropriate")`, () => {
      assert.equal(coversService({ role: c.role, services: [] }, c.key), c.covers);
    });
  }
});
