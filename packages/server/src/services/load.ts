import { delivery, iep as iepRules } from '@continuum/rules';
import { isoDate, parseIsoDate, type Day } from '@continuum/rules/calendar/index.ts';
import { isProgramId, type ProgramId } from '@continuum/rules/programs/index.ts';
import type { StudentRecords } from '../access/student-records.ts';
import type { Tx } from '../db/tenant.ts';
import type { MissedReason, SessionStatus } from '../db/tables/distribution.ts';
import { loadCompiledCalendar, type CalendarForCounting } from '../calendar/load-calendar.ts';

/**
 * What delivery is counted from, read once per request: today in New York, the district's
 * compiled calendar and its alert settings; the services of students' IEPs in effect (the
 * final versions' iep_services rows) and their sessions.
 */

/**
 * The settings a district has before it sets its own: the column defaults of 0008's
 * delivery_settings (a district without a row has never changed them).
 */
const defaultSettings = {
  readinessWindowSchoolDays: 10,
  notStartedSchoolDays: 5,
  providerGapSchoolDays: 10,
  underDeliveryPercent: 80,
  underDeliveryWeeks: 4,
} as const;

export interface StoredSettings extends delivery.DeliverySettings {
  readinessWindowSchoolDays: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export async function loadSettings(tx: Tx): Promise<StoredSettings> {
  const row = await tx
    .selectFrom('delivery_settings as d')
    .leftJoin('staff as st', (j) =>
      j.onRef('st.district_id', '=', 'd.district_id').onRef('st.account_id', '=', 'd.updated_by'),
    )
    .select([
      'd.readiness_window_school_days',
      'd.not_started_school_days',
      'd.provider_gap_school_days',
      'd.under_delivery_percent',
      'd.under_delivery_weeks',
      'd.updated_at',
      'st.full_name',
    ])
    .executeTakeFirst();
  if (!row) return { ...defaultSettings, updatedAt: null, updatedBy: null };
  return {
    readinessWindowSchoolDays: row.readiness_window_school_days,
    notStartedSchoolDays: row.not_started_school_days,
    providerGapSchoolDays: row.provider_gap_school_days,
    underDeliveryPercent: row.under_delivery_percent,
    underDeliveryWeeks: row.under_delivery_weeks,
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: row.full_name,
  };
}

export interface DeliveryBasis {
  asOf: string;
  asOfDay: Day;
  calendar: CalendarForCounting;
  settings: StoredSettings;
}

export async function loadDeliveryBasis(records: StudentRecords): Promise<DeliveryBasis> {
  const asOfDay = parseIsoDate(records.asOf);
  if (asOfDay === null) throw new Error(`today is not a date: ${records.asOf}`);
  const [calendar, settings] = await Promise.all([
    loadCompiledCalendar(records.tx),
    loadSettings(records.tx),
  ]);
  return { asOf: records.asOf, asOfDay, calendar, settings };
}

/** A service of the IEP in effect, as stored, with what delivery needs of it. */
export interface CurrentService {
  id: string;
  studentId: string;
  iepId: string;
  versionId: string;
  projectedImplementationDate: string | null;
  position: number;
  program: string;
  service: string;
  frequency: number;
  period: 'day' | 'week' | 'month';
  durationMinutes: number;
  location: string;
  groupSize: number;
  startDate: string | null;
  endDate: string | null;
  twelveMonth: boolean;
  /** Its service key (iep/service-key.ts): the same service across amendments. */
  key: string;
  /** The later of the implementation date and the service start; null when neither is known. */
  takesEffectOn: string | null;
  /** The rules' view; null when the service cannot be counted (no date, unknown program). */
  rules: delivery.DeliveryService | null;
}

const dayOrNull = (text: string | null) => (text === null ? null : parseIsoDate(text));

/** The services of these students' IEPs in effect (final versions), in IEP order, by student. */
export async function loadCurrentServices(
  tx: Tx,
  studentIds: readonly string[],
): Promise<Map<string, CurrentService[]>> {
  const byStudent = new Map<string, CurrentService[]>();
  if (studentIds.length === 0) return byStudent;
  const rows = await tx
    .selectFrom('iep_services as svc')
    .innerJoin('iep_versions as v', (j) =>
      j.onRef('v.district_id', '=', 'svc.district_id').onRef('v.id', '=', 'svc.iep_version_id'),
    )
    .where('svc.student_id', 'in', studentIds)
    .where('v.status', '=', 'final')
    .select([
      'svc.id',
      'svc.student_id',
      'svc.iep_id',
      'svc.iep_version_id',
      'svc.position',
      'svc.program',
      'svc.service',
      'svc.frequency',
      'svc.period',
      'svc.duration_minutes',
      'svc.location',
      'svc.group_size',
      'svc.start_date',
      'svc.end_date',
      'svc.twelve_month',
      'v.projected_implementation_date',
    ])
    .orderBy('svc.student_id')
    .orderBy('svc.position')
    .execute();
  for (const row of rows) {
    const startsOn = delivery.effectiveStart(
      dayOrNull(row.projected_implementation_date),
      dayOrNull(row.start_date),
    );
    const service: CurrentService = {
      id: row.id,
      studentId: row.student_id,
      iepId: row.iep_id,
      versionId: row.iep_version_id,
      projectedImplementationDate: row.projected_implementation_date,
      position: row.position,
      program: row.program,
      service: row.service,
      frequency: row.frequency,
      period: row.period,
      durationMinutes: row.duration_minutes,
      location: row.location,
      groupSize: row.group_size,
      startDate: row.start_date,
      endDate: row.end_date,
      twelveMonth: row.twelve_month,
      key: iepRules.serviceKey({ program: row.program as ProgramId, service: row.service }),
      takesEffectOn: startsOn === null ? null : isoDate(startsOn),
      rules:
        startsOn === null || !isProgramId(row.program)
          ? null
          : {
              id: row.id,
              program: row.program,
              frequency: row.frequency,
              period: row.period,
              durationMinutes: row.duration_minutes,
              groupSize: row.group_size,
              startsOn,
              endsOn: dayOrNull(row.end_date),
              twelveMonth: row.twelve_month,
            },
    };
    const list = byStudent.get(row.student_id);
    if (list) list.push(service);
    else byStudent.set(row.student_id, [service]);
  }
  return byStudent;
}

/** A logged session, with the IEP and key of the service it was logged against. */
export interface StoredSession {
  id: string;
  studentId: string;
  iepServiceId: string;
  iepId: string;
  program: string;
  service: string;
  key: string;
  providerStaffId: string;
  providerName: string;
  date: string;
  status: SessionStatus;
  minutes: number;
  groupSize: number;
  location: string;
  missedReason: MissedReason | null;
  note: string;
  makesUpSessionId: string | null;
  recordedAt: string;
  voidedAt: string | null;
  voidReason: string | null;
  /**
   * The group session it was part of (0013_session_groups.sql) and how many children the group
   * had, this one included; null for a session logged alone. Another member's identity is never
   * loaded with a child's sessions: present-group.ts shows only the count.
   */
  group: { id: string; members: number } | null;
}

/**
 * These students' sessions, newest first: with `voided`, voided ones too (a page shows them
 * struck through); `from` leaves out older ones; `ids` only those (never an empty list).
 */
export async function loadSessions(
  tx: Tx,
  studentIds: readonly string[],
  options: { voided?: boolean; from?: string; ids?: readonly string[] } = {},
): Promise<StoredSession[]> {
  if (studentIds.length === 0) return [];
  let query = tx
    .selectFrom('service_sessions as ss')
    .innerJoin('iep_services as svc', (j) =>
      j.onRef('svc.district_id', '=', 'ss.district_id').onRef('svc.id', '=', 'ss.iep_service_id'),
    )
    .innerJoin('staff as st', (j) =>
      j.onRef('st.district_id', '=', 'ss.district_id').onRef('st.id', '=', 'ss.provider_staff_id'),
    )
    .where('ss.student_id', 'in', studentIds);
  if (!options.voided) query = query.where('ss.voided_at', 'is', null);
  if (options.from) query = query.where('ss.session_date', '>=', options.from);
  if (options.ids) query = query.where('ss.id', 'in', options.ids);
  const rows = await query
    .select([
      'ss.id',
      'ss.student_id',
      'ss.iep_service_id',
      'svc.iep_id',
      'svc.program',
      'svc.service',
      'ss.provider_staff_id',
      'st.full_name',
      'ss.session_date',
      'ss.status',
      'ss.minutes',
      'ss.group_size',
      'ss.location',
      'ss.missed_reason',
      'ss.note',
      'ss.makes_up_session_id',
      'ss.recorded_at',
      'ss.voided_at',
      'ss.void_reason',
      'ss.group_id',
      (eb) =>
        eb
          .selectFrom('service_sessions as member')
          .whereRef('member.district_id', '=', 'ss.district_id')
          .whereRef('member.group_id', '=', 'ss.group_id')
          .select((m) => m.fn.countAll<string>().as('n'))
          .as('group_members'),
    ])
    .orderBy('ss.session_date', 'desc')
    .orderBy('ss.recorded_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    studentId: r.student_id,
    iepServiceId: r.iep_service_id,
    iepId: r.iep_id,
    program: r.program,
    service: r.service,
    key: iepRules.serviceKey({ program: r.program as ProgramId, service: r.service }),
    providerStaffId: r.provider_staff_id,
    providerName: r.full_name,
    date: r.session_date,
    status: r.status,
    minutes: r.minutes,
    groupSize: r.group_size,
    location: r.location,
    missedReason: r.missed_reason,
    note: r.note,
    makesUpSessionId: r.makes_up_session_id,
    recordedAt: new Date(r.recorded_at).toISOString(),
    voidedAt: r.voided_at === null ? null : new Date(r.voided_at).toISOString(),
    voidReason: r.void_reason,
    group: r.group_id === null ? null : { id: r.group_id, members: Number(r.group_members) },
  }));
}

/** The sessions of one service: those logged against it or, before an amendment, against the same service of the same IEP. */
export function sessionsOf(service: CurrentService, sessions: readonly StoredSession[]) {
  return sessions.filter(
    (s) => s.voidedAt === null && s.iepId === service.iepId && s.key === service.key,
  );
}

/** A stored session as the rules count it. */
export function ruleSession(s: StoredSession): delivery.DeliverySession {
  return {
    date: parseIsoDate(s.date) as Day,
    status: s.status,
    minutes: s.minutes,
    groupSize: s.groupSize,
    missedReason: s.missedReason,
    providerId: s.providerStaffId,
  };
}
