import {
  compileCalendar,
  countBackward,
  isoDate,
  parseCalendar,
  parseIsoDate,
  type Day,
} from '@continuum/rules/calendar/index.ts';
import type { IepService } from '@continuum/rules/iep/index.ts';
import type { Database } from '../db/database.ts';
import { calendarAround } from '../calendar/calendar-around.ts';
import { todayInNewYork } from '../clock.ts';
import { completeIepContent, districtOf, insertIep } from '../iep/test-support.ts';

/**
 * Service delivery records for tests and access rows, set up directly in the database (which
 * bypasses row-level security, so every row names the student's own district). Dates count
 * from today on the calendar around today, so no test pins the date. Not used by the product.
 */

const SETUP_ACCOUNT = '00000000-0000-4000-8000-0000000000aa';

/** The school calendar the tests count on: four school years around today. */
export const testCalendar = () => calendarAround(todayInNewYork());

/** The school day `n` school days before today (1: the last school day before today). */
export function schoolDaysAgo(n: number): string {
  const today = parseIsoDate(todayInNewYork()) as Day;
  return isoDate(countBackward(compileCalendar(parseCalendar(testCalendar())), 'school', today, n));
}

/** Stores the test calendar as the district's, unless it has one. */
export async function storeTestCalendar(db: Database['db'], districtId: string): Promise<void> {
  await db
    .insertInto('school_calendars')
    .values({
      district_id: districtId,
      calendar: JSON.stringify(testCalendar()),
      updated_by: SETUP_ACCOUNT,
    })
    .onConflict((oc) => oc.column('district_id').doNothing())
    .execute();
}

/** A service for the IEP's list, taking effect on `startDate` (the IEP runs a year). */
export function testService(startDate: string, over: Partial<IepService> = {}): IepService {
  return {
    program: 'related-service',
    service: 'Speech-language therapy',
    frequency: 2,
    period: 'week',
    durationMinutes: 30,
    location: 'Speech room',
    groupSize: 1,
    startDate,
    endDate: isoDate(((parseIsoDate(startDate) as Day) + 365) as Day),
    twelveMonth: false,
    ...over,
  };
}

/**
 * A final IEP whose services take effect on `takesEffectOn` (its projected implementation date
 * and each service's start), with the services' iep_services ids in IEP order.
 */
export async function insertServedIep(
  db: Database['db'],
  studentId: string,
  takesEffectOn: string,
  services: IepService[],
): Promise<{ iepId: string; versionId: string; serviceIds: string[] }> {
  const { iepId, versionId } = await insertIep(db, studentId, {
    status: 'final',
    content: completeIepContent({ services }),
    dates: { projectedImplementationDate: takesEffectOn },
  });
  const rows = await db
    .selectFrom('iep_services')
    .where('iep_version_id', '=', versionId)
    .select('id')
    .orderBy('position')
    .execute();
  return { iepId, versionId, serviceIds: rows.map((r) => r.id) };
}

/** An implementer assignment to the IEP, whole or for some service keys. */
export async function assignImplementer(
  db: Database['db'],
  values: {
    studentId: string;
    staffId: string;
    iepId: string;
    role: 'related-service-provider' | 'seit' | 'classroom-teacher' | 'paraprofessional';
    services?: string[];
  },
): Promise<void> {
  await db
    .insertInto('implementer_assignments')
    .values({
      district_id: await districtOf(db, values.studentId),
      student_id: values.studentId,
      staff_id: values.staffId,
      iep_id: values.iepId,
      role: values.role,
      whole_iep: !values.services,
      services: values.services ?? [],
      starts_on: '2020-09-01',
    })
    .execute();
}

/** A delivered session of 30 minutes, logged directly (`recorded_by` the setup account). */
export async function insertSession(
  db: Database['db'],
  values: { studentId: string; serviceId: string; providerStaffId: string; date: string },
): Promise<string> {
  const row = await db
    .insertInto('service_sessions')
    .values({
      district_id: await districtOf(db, values.studentId),
      student_id: values.studentId,
      iep_service_id: values.serviceId,
      provider_staff_id: values.providerStaffId,
      session_date: values.date,
      status: 'delivered',
      minutes: 30,
      group_size: 1,
      recorded_by: SETUP_ACCOUNT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
