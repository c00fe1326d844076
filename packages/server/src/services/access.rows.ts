import type {
  MatrixContext,
  MatrixRow,
  PerStudent,
  StudentTarget,
} from '../testing/access-matrix.ts';
import { N, view } from '../testing/access-matrix.ts';
import { studentRelations } from '../testing/fixtures.ts';
import { insertGroupChild } from './group-test-support.ts';
import {
  insertServedIep,
  insertSession,
  schoolDaysAgo,
  storeTestCalendar,
  testService,
} from './test-support.ts';

/**
 * The `services` module's rows of the access matrix (testing/access-matrix.ts). Reading a
 * student's delivery: anyone with a relationship. Logging and voiding sessions: the teacher,
 * provider and SEIT assigned to the whole IEP (the fixture's `own` student), and district
 * administrators; a paraprofessional and everyone else who sees the student is refused (403).
 *
 * The first row's `params` give every fixture student a final IEP with two services in effect
 * for 60 school days and store the calendar, so the lists further down (the dashboard and the
 * report) find each student the role may see: the second service, never delivered, is not
 * started and under-delivered.
 */

/** Log and void sessions: the implementers who deliver, and district administrators. */
const deliver = (ok: number): PerStudent => ({
  'district-admin': [ok, ok, ok, 404],
  chairperson: [403, 403, 404, 404],
  'committee-member': [403, 403, 404, 404],
  'program-leader': [403, 403, 404, 404],
  teacher: [ok, 404, 404, 404],
  provider: [ok, 404, 404, 404],
  seit: [ok, 404, 404, 404],
  paraprofessional: [403, 404, 404, 404],
  'privacy-officer': [403, 403, 403, 404],
  'hearing-officer': N,
  auditor: N,
  parent: [403, 404, 404, 404],
});

const served = new Map<string, string[]>();

/** Every fixture student's IEP services (made once), and the district's calendar. */
async function world({ database, fixture }: MatrixContext): Promise<Map<string, string[]>> {
  if (served.size > 0 && served.has(fixture.students.own)) return served;
  served.clear();
  await storeTestCalendar(database.db, fixture.districtId);
  const takesEffectOn = schoolDaysAgo(60);
  for (const relation of studentRelations) {
    const studentId = fixture.students[relation];
    const { serviceIds } = await insertServedIep(database.db, studentId, takesEffectOn, [
      testService(takesEffectOn),
      testService(takesEffectOn, { service: 'Counseling', frequency: 1 }),
    ]);
    served.set(studentId, serviceIds);
  }
  return served;
}

const serviceOf = async (t: StudentTarget) => ({
  serviceId: (await world(t)).get(t.studentId)![0]!,
});
const sessionOf = async (t: StudentTarget) => {
  const { serviceId } = await serviceOf(t);
  // The other district has no provider to have logged one; its student is 404 all the same.
  if (t.relation === 'otherDistrict') return { serviceId, sessionId: serviceId };
  const sessionId = await insertSession(t.database.db, {
    studentId: t.studentId,
    serviceId,
    providerStaffId: t.fixture.accounts.provider.staffId!,
    date: schoolDaysAgo(2),
  });
  return { serviceId, sessionId };
};

/**
 * Group sessions: a second child of School A (`GX1`) whose whole IEP the fixture's teacher,
 * provider and SEIT implement, as they do the `own` student's; the group log's rows put each
 * fixture student in a group with that child. Reading the log takes a relationship to both
 * children (34 CFR 300.615: a record on more than one child); voiding it, the right to log
 * for both.
 */
const partners = new Map<string, { studentId: string; serviceId: string }>();
async function partnerOf(context: MatrixContext) {
  const { database, fixture } = context;
  const known = partners.get(fixture.districtId);
  if (known) return known;
  await world(context);
  const partner = await insertGroupChild(database.db, fixture, {
    studentNumber: 'GX1',
    takesEffectOn: schoolDaysAgo(60),
    implementers: ['teacher', 'provider', 'seit'],
  });
  partners.set(fixture.districtId, partner);
  return partner;
}

/** A group session of the target student and the partner child, logged directly. */
const groupOf = async (t: StudentTarget) => {
  const { serviceId } = await serviceOf(t);
  const partner = await partnerOf(t);
  if (t.relation === 'otherDistrict') return { groupId: serviceId };
  const { db } = t.database;
  const providerStaffId = t.fixture.accounts.provider.staffId!;
  const date = schoolDaysAgo(2);
  const group = await db
    .insertInto('session_groups')
    .values({
      district_id: t.fixture.districtId,
      provider_staff_id: providerStaffId,
      session_date: date,
      status: 'delivered',
      minutes: 30,
      recorded_by: t.fixture.accounts.provider.accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const member of [{ studentId: t.studentId, serviceId }, partner]) {
    const sessionId = await insertSession(db, { ...member, providerStaffId, date });
    await db
      .updateTable('service_sessions')
      .set({ group_id: group.id, group_size: 2 })
      .where('id', '=', sessionId)
      .execute();
  }
  return { groupId: group.id };
};

/** The group log: a relationship to the target student and to the partner child. */
const groupRead: PerStudent = {
  'district-admin': [200, 200, 200, 404],
  chairperson: [200, 200, 404, 404],
  'committee-member': [200, 200, 404, 404],
  'program-leader': [200, 200, 404, 404],
  teacher: [200, 404, 404, 404],
  provider: [200, 404, 404, 404],
  seit: [200, 404, 404, 404],
  paraprofessional: N,
  'privacy-officer': [200, 200, 200, 404],
  'hearing-officer': N,
  auditor: N,
  parent: N,
};
/** Voiding the group: as reading it, then the right to log for both children (else 403). */
const groupVoid = (ok: number): PerStudent => ({
  ...groupRead,
  'district-admin': [ok, ok, ok, 404],
  chairperson: [403, 403, 404, 404],
  'committee-member': [403, 403, 404, 404],
  'program-leader': [403, 403, 404, 404],
  teacher: [ok, 404, 404, 404],
  provider: [ok, 404, 404, 404],
  seit: [ok, 404, 404, 404],
  'privacy-officer': [403, 403, 403, 404],
});
/** Logging a group: those who deliver services (each child on their caseload) and administrators. */
const groupLoggers = (ok: number) => ({
  default: 403,
  'district-admin': ok,
  teacher: ok,
  provider: ok,
  seit: ok,
});
const groupMembers = async (context: MatrixContext) => {
  const own = (await world(context)).get(context.fixture.students.own)![0]!;
  return [{ studentId: context.fixture.students.own, serviceId: own }, await partnerOf(context)];
};

const session = (serviceId: string) => ({
  serviceId,
  date: schoolDaysAgo(1),
  status: 'delivered',
  minutes: 30,
  groupSize: 1,
});
const weekForm = (serviceId: string) => ({
  week: schoolDaysAgo(1),
  'cell.0.serviceId': serviceId,
  'cell.0.date': schoolDaysAgo(1),
  'cell.0.status': 'delivered',
  'cell.0.minutes': '30',
  'cell.0.groupSize': '1',
});

const staffRead = { default: 200, parent: 403 };
const adminWrites = (ok: number) => ({ default: 403, 'district-admin': ok });
const settings = {
  notStartedSchoolDays: 5,
  providerGapSchoolDays: 10,
  underDeliveryPercent: 80,
  underDeliveryWeeks: 4,
};

export const servicesRows: MatrixRow[] = [
  {
    kind: 'student',
    method: 'GET',
    url: '/api/students/:id/service-delivery',
    expect: view,
    params: serviceOf,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/service-sessions',
    expect: deliver(201),
    params: serviceOf,
    body: (_v, p) => session(p.serviceId!),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/service-sessions/week',
    expect: deliver(201),
    params: serviceOf,
    body: (_v, p) => ({ sessions: [session(p.serviceId!), session(p.serviceId!)] }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/service-sessions/:sessionId/void',
    expect: deliver(200),
    params: sessionOf,
    body: () => ({ reason: 'logged twice' }),
  },
  { kind: 'other', method: 'GET', url: '/api/caseload', anonymous: 401, signedIn: staffRead },
  { kind: 'list', method: 'GET', url: '/api/delivery', anonymous: 401 },
  { kind: 'list', method: 'GET', url: '/api/delivery/report', anonymous: 401 },
  {
    kind: 'other',
    method: 'GET',
    url: '/api/delivery/report.csv',
    anonymous: 401,
    signedIn: { default: 200 },
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/api/delivery/settings',
    anonymous: 401,
    signedIn: staffRead,
  },
  {
    kind: 'other',
    method: 'PUT',
    url: '/api/delivery/settings',
    anonymous: 401,
    signedIn: adminWrites(200),
    body: () => settings,
  },
  // Pages
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/services',
    expect: view,
    anonymous: 303,
    params: serviceOf,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/services',
    expect: deliver(303),
    anonymous: 303,
    form: true,
    params: serviceOf,
    body: (_v, p) => ({ ...session(p.serviceId!), minutes: '30', groupSize: '1' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/services/week',
    expect: deliver(303),
    anonymous: 303,
    form: true,
    params: serviceOf,
    body: (_v, p) => weekForm(p.serviceId!),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/services/sessions/:sessionId/void',
    expect: deliver(303),
    anonymous: 303,
    form: true,
    params: sessionOf,
    body: () => ({ reason: 'logged twice' }),
  },
  { kind: 'other', method: 'GET', url: '/caseload', anonymous: 303, signedIn: staffRead },
  { kind: 'list', method: 'GET', url: '/delivery', anonymous: 303 },
  { kind: 'list', method: 'GET', url: '/delivery/report', anonymous: 303 },
  {
    kind: 'other',
    method: 'GET',
    url: '/delivery/settings',
    anonymous: 303,
    signedIn: staffRead,
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/delivery/settings',
    anonymous: 303,
    form: true,
    signedIn: adminWrites(303),
    body: () => Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, String(v)])),
  },
  // Group sessions
  {
    kind: 'other',
    method: 'POST',
    url: '/api/group-sessions',
    anonymous: 401,
    signedIn: groupLoggers(201),
    body: async (_role, context) => ({
      date: schoolDaysAgo(1),
      status: 'delivered',
      minutes: 30,
      members: (await groupMembers(context)).map((m) => ({
        studentId: m.studentId,
        serviceId: m.serviceId,
      })),
    }),
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/api/students/:id/group-sessions/:groupId',
    expect: groupRead,
    params: groupOf,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/group-sessions/:groupId/void',
    expect: groupVoid(200),
    params: groupOf,
    body: () => ({ reason: 'logged twice' }),
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/group-sessions/new',
    anonymous: 303,
    signedIn: groupLoggers(200),
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/group-sessions',
    anonymous: 303,
    form: true,
    signedIn: groupLoggers(303),
    body: async (_role, context) => {
      const members = await groupMembers(context);
      return {
        date: schoolDaysAgo(1),
        status: 'delivered',
        minutes: '30',
        ...Object.fromEntries(
          members.flatMap((m, i) => [
            [`member.${i}.studentId`, m.studentId],
            [`member.${i}.serviceId`, m.serviceId],
          ]),
        ),
      };
    },
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/group-sessions/:groupId',
    expect: groupRead,
    anonymous: 303,
    params: groupOf,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/group-sessions/:groupId/void',
    expect: groupVoid(303),
    anonymous: 303,
    form: true,
    params: groupOf,
    body: () => ({ reason: 'logged twice' }),
  },
];
