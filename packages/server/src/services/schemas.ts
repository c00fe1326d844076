import { z } from 'zod';
import { delivery } from '@continuum/rules';
import { isoDate, uuid } from '../students/schemas.ts';

/**
 * Input and output shapes of the services module (service delivery), shared by the API, the
 * pages and tests. A session's own consistency (a missed session has a reason and no minutes)
 * is checked here, field by field; its dates against the IEP and the school calendar are the
 * use case's (log-sessions.ts: 422).
 */

const sessionStatuses = delivery.SESSION_STATUSES;
const missedReasons = delivery.MISSED_REASONS;

/** One session as a provider logs it. */
export const sessionInput = z
  .strictObject({
    serviceId: uuid,
    date: isoDate,
    status: z.enum(sessionStatuses),
    minutes: z.number().int().min(0).max(600),
    groupSize: z.number().int().min(1).max(40),
    /** Where it took place; the IEP's location when left out. */
    location: z.string().trim().max(200).optional(),
    missedReason: z.enum(missedReasons).nullable().optional(),
    note: z.string().trim().max(1000).optional(),
    /** For a make-up: the missed session it makes up, when the provider names one. */
    makesUpSessionId: uuid.nullable().optional(),
    /** Who gave it: the signed-in staff member unless a district administrator names another. */
    providerStaffId: uuid.optional(),
  })
  .superRefine((s, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (s.status === 'missed') {
      if (!s.missedReason) issue('missedReason', 'a missed session needs the reason');
      if (s.minutes !== 0) issue('minutes', 'a missed session has no minutes: send 0');
      if (s.missedReason === 'other' && !s.note) issue('note', 'say why the session was missed');
    } else {
      if (s.missedReason) issue('missedReason', 'only a missed session has a reason');
      if (s.minutes < 1) issue('minutes', 'must be at least 1 minute');
    }
    if (s.makesUpSessionId && s.status !== 'make-up')
      issue('makesUpSessionId', 'only a make-up session makes up another');
  });
export type SessionInput = z.infer<typeof sessionInput>;

/** A week's sessions in one form: all are written, or none. */
export const weekBody = z.strictObject({
  sessions: z
    .array(sessionInput)
    .min(1, { error: 'log at least one session' })
    .max(100, { error: 'at most 100 sessions at once' }),
});
export type WeekInput = z.infer<typeof weekBody>;

export const voidBody = z.strictObject({
  reason: z.string().trim().min(1, { error: 'say why it is voided' }).max(500),
});
export type VoidInput = z.infer<typeof voidBody>;

export const sessionParams = z.strictObject({ id: uuid, sessionId: uuid });
export const deliveryQuery = z.strictObject({
  /** A day of the week to show in the week form (its Monday to Sunday); this week by default. */
  week: isoDate.optional(),
});
export const caseloadQuery = z.strictObject({
  /** Whose caseload: the signed-in staff member's by default. */
  staffId: uuid.optional(),
});
export const dashboardQuery = z.strictObject({
  siteId: uuid.optional(),
  committee: z.enum(['cse', 'cpse']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

const thresholds = {
  notStartedSchoolDays: z.number().int().min(1).max(60),
  providerGapSchoolDays: z.number().int().min(1).max(60),
  underDeliveryPercent: z.number().int().min(1).max(100),
  underDeliveryWeeks: z.number().int().min(1).max(26),
};
/** The district's settings (delivery_settings): the alerts' thresholds and distribution's window. */
export const settingsBody = z.strictObject({
  ...thresholds,
  /** Distribution's "starting soon" window; kept as it is when left out. */
  readinessWindowSchoolDays: z.number().int().min(1).max(60).optional(),
});
export type SettingsInput = z.infer<typeof settingsBody>;
export const deliverySettings = z.object({
  ...thresholds,
  readinessWindowSchoolDays: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  canEdit: z.boolean(),
});
export type DeliverySettingsView = z.infer<typeof deliverySettings>;

const alertKinds = delivery.DELIVERY_ALERT_KINDS;
/** The escalation a delivery alert leads to (escalations: the PREK's two problems). */
const escalationProblems = ['services-not-started', 'provider-stopped'] as const;

const facts = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const alertView = z.object({
  kind: z.enum(alertKinds),
  serviceId: z.string(),
  message: z.string(),
  citation: z.string(),
  facts,
  escalationProblem: z.enum(escalationProblems),
});
export type AlertView = z.infer<typeof alertView>;

export const violationView = z.object({
  check: z.string(),
  program: z.string().nullable(),
  message: z.string(),
  citation: z.string(),
  facts,
});
export type ViolationView = z.infer<typeof violationView>;

/** Mandated against delivered minutes over a week or a month (minutes rounded). */
export const periodView = z.object({
  from: z.string(),
  through: z.string(),
  current: z.boolean(),
  serviceDays: z.number(),
  mandated: z.number(),
  delivered: z.number(),
  makeUp: z.number(),
  missed: z.number(),
  /** (delivered + make-up) / mandated, whole percent; null when nothing was mandated. */
  percent: z.number().nullable(),
});
export type PeriodView = z.infer<typeof periodView>;

/** A service of the IEP in effect, as delivery shows it. */
export const serviceView = z.object({
  id: z.string(),
  key: z.string(),
  program: z.string(),
  service: z.string(),
  frequency: z.number(),
  period: z.enum(['day', 'week', 'month']),
  durationMinutes: z.number(),
  location: z.string(),
  groupSize: z.number(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  twelveMonth: z.boolean(),
  /** The later of the version's projected implementation date and the service's start. */
  takesEffectOn: z.string().nullable(),
  canLog: z.boolean(),
});
export type ServiceView = z.infer<typeof serviceView>;

export const serviceDelivery = serviceView.extend({
  weeks: z.array(periodView),
  months: z.array(periodView),
  alerts: z.array(alertView),
  violations: z.array(violationView),
  /** Why the service's delivery could not be counted (a calendar gap); never guessed. */
  problem: z.string().nullable(),
});

export const sessionView = z.object({
  id: z.string(),
  serviceId: z.string(),
  program: z.string(),
  service: z.string(),
  date: z.string(),
  status: z.enum(sessionStatuses),
  minutes: z.number(),
  groupSize: z.number(),
  location: z.string(),
  missedReason: z.enum(missedReasons).nullable(),
  note: z.string(),
  makesUpSessionId: z.string().nullable(),
  providerStaffId: z.string(),
  providerName: z.string(),
  recordedAt: z.string(),
  voided: z.object({ at: z.string(), reason: z.string() }).nullable(),
  /**
   * The group session it was part of, as this child's record shows it (present-group.ts): how
   * many other children, never who; the group's id only for a reader who may open its log.
   */
  group: z.object({ otherChildren: z.number(), groupId: z.string().nullable() }).nullable(),
  canVoid: z.boolean(),
});
export type SessionView = z.infer<typeof sessionView>;

/** The week the week form shows: its days, which are school days, which are still ahead. */
export const weekView = z.object({
  monday: z.string(),
  previous: z.string(),
  next: z.string().nullable(),
  days: z.array(z.object({ date: z.string(), schoolDay: z.boolean(), future: z.boolean() })),
});
export type WeekView = z.infer<typeof weekView>;

export const studentDelivery = z.object({
  studentId: z.string(),
  asOf: z.string(),
  /** A district-wide problem (no calendar): nothing can be counted. */
  notice: z.string().nullable(),
  iep: z
    .object({
      iepId: z.string(),
      versionId: z.string(),
      projectedImplementationDate: z.string().nullable(),
    })
    .nullable(),
  /** Whether the signed-in user may log a session of any service. */
  canLog: z.boolean(),
  services: z.array(serviceDelivery),
  /** Sessions of the months shown and of the week shown, newest first, voided ones marked. */
  sessions: z.array(sessionView),
  week: weekView,
});
export type StudentDelivery = z.infer<typeof studentDelivery>;

const listStudent = {
  studentId: z.string(),
  studentName: z.string(),
  studentNumber: z.string(),
  committee: z.enum(['cse', 'cpse']),
  siteName: z.string().nullable(),
};

export const caseload = z.object({
  staffId: z.string(),
  staffName: z.string(),
  asOf: z.string(),
  notice: z.string().nullable(),
  students: z.array(
    z.object({
      ...listStudent,
      role: z.string(),
      wholeIep: z.boolean(),
      services: z.array(
        serviceView.extend({
          thisWeek: periodView.nullable(),
          alerts: z.array(alertView),
          problem: z.string().nullable(),
        }),
      ),
    }),
  ),
  /** The SEIT caseload limit, for a staff member with SEIT assignments. */
  seit: z.object({ students: z.number(), limit: z.number() }).nullable(),
});
export type CaseloadView = z.infer<typeof caseload>;

export const dashboardItem = z.object({
  ...listStudent,
  serviceId: z.string(),
  program: z.string(),
  service: z.string(),
  kind: z.enum(['alert', 'violation']),
  code: z.string(),
  message: z.string(),
  citation: z.string(),
  facts,
  escalationProblem: z.enum(escalationProblems).nullable(),
});
export type DashboardItemView = z.infer<typeof dashboardItem>;

export const deliveryDashboard = z.object({
  asOf: z.string(),
  notice: z.string().nullable(),
  settings: deliverySettings,
  items: z.array(dashboardItem),
  /** SEIT caseloads over the limit, for SEITs serving a student the reader may see. */
  caseloads: z.array(
    z.object({
      staffId: z.string(),
      staffName: z.string(),
      students: z.number(),
      limit: z.number(),
      message: z.string(),
      citation: z.string(),
    }),
  ),
  /** Services whose delivery could not be counted, with the reason. */
  problems: z.array(
    z.object({ ...listStudent, serviceId: z.string(), program: z.string(), message: z.string() }),
  ),
  truncated: z.boolean(),
});
export type DeliveryDashboard = z.infer<typeof deliveryDashboard>;

export const reportRow = z.object({
  ...listStudent,
  serviceId: z.string(),
  program: z.string(),
  service: z.string(),
  frequency: z.number(),
  period: z.enum(['day', 'week', 'month']),
  durationMinutes: z.number(),
  providers: z.array(z.string()),
  from: z.string(),
  through: z.string(),
  weeks: z.number(),
  mandated: z.number(),
  delivered: z.number(),
  percent: z.number(),
});
export type ReportRow = z.infer<typeof reportRow>;

export const underDeliveryReport = z.object({
  asOf: z.string(),
  notice: z.string().nullable(),
  percent: z.number(),
  weeks: z.number(),
  rows: z.array(reportRow),
  truncated: z.boolean(),
});
export type UnderDeliveryReport = z.infer<typeof underDeliveryReport>;

/** One child of a group session as the provider logs it: their service, their own note. */
const groupMember = z.strictObject({
  studentId: uuid,
  serviceId: uuid,
  /** About this child only: it is shown on their record (the group's note is not). */
  note: z.string().trim().max(1000).optional(),
});

/**
 * A group session (log-group-session.ts): what the children shared, and each child with the
 * service of their IEP it delivered. The group's size is its number of members.
 */
export const groupInput = z
  .strictObject({
    date: isoDate,
    status: z.enum(['delivered', 'make-up']),
    minutes: z.number().int().min(1).max(600),
    location: z.string().trim().max(200).optional(),
    /** About the group; it may name several children, so it is shown on the group log only. */
    note: z.string().trim().max(1000).optional(),
    providerStaffId: uuid.optional(),
    members: z
      .array(groupMember)
      .min(2, { error: 'a group session has at least two children' })
      .max(40, { error: 'at most 40 children in a group' }),
  })
  .superRefine((g, ctx) => {
    g.members.forEach((m, i) => {
      if (g.members.findIndex((o) => o.studentId === m.studentId) < i)
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'studentId'],
          message: 'this child is already in the group',
        });
    });
  });
export type GroupInput = z.infer<typeof groupInput>;

export const groupParams = z.strictObject({ id: uuid, groupId: uuid });

/**
 * A group session's log, for a reader who reaches every child in it (group-access.ts): the
 * children by name, each with their session.
 */
export const groupView = z.object({
  id: z.string(),
  date: z.string(),
  status: z.enum(['delivered', 'make-up']),
  minutes: z.number(),
  location: z.string(),
  note: z.string(),
  providerStaffId: z.string(),
  providerName: z.string(),
  recordedAt: z.string(),
  voided: z.object({ at: z.string(), reason: z.string() }).nullable(),
  members: z.array(
    z.object({
      studentId: z.string(),
      studentName: z.string(),
      studentNumber: z.string(),
      sessionId: z.string(),
      serviceId: z.string(),
      program: z.string(),
      service: z.string(),
      note: z.string(),
    }),
  ),
  /** Whether the reader may void it: they may log for every child in it. */
  canVoid: z.boolean(),
});
export type GroupView = z.infer<typeof groupView>;
