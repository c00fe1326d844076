import { iep as iepRules } from '@continuum/rules';
import type { ProgramId } from '@continuum/rules/programs/index.ts';
import type { AccessAction, Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
import type { Tx } from '../db/tenant.ts';
import { NotFoundError } from '../errors.ts';
import { listName } from '../timelines/present.ts';
import { grantDelivery, grantDeliveryChange, mayLog, requireCovers } from './access.ts';
import type { StoredSession } from './load.ts';
import type { GroupView } from './schemas.ts';

/**
 * Who reaches a group session's log, a record on more than one child (34 CFR 300.615). One
 * child's record shows only that child's part of it (present-group.ts). The group log, which
 * names every child, is read only by someone who holds a relationship to every child in it
 * (the access policy's grant, checked child by child): the provider who gave it and is
 * assigned to each, a district administrator, the privacy officer, a program leader or
 * chairperson whose school or committee has them all. Anyone else, a parent of one of the
 * children included, finds no such group (404, and the denial is logged for the child they do
 * not reach). Voiding it takes the right to log sessions for every child in it.
 */

/** A group session as stored, with its members (one session each). */
export interface StoredGroup {
  id: string;
  providerStaffId: string;
  providerName: string;
  date: string;
  status: 'delivered' | 'make-up';
  minutes: number;
  location: string;
  note: string;
  recordedAt: string;
  voidedAt: string | null;
  voidReason: string | null;
  members: {
    sessionId: string;
    studentId: string;
    studentName: string;
    studentNumber: string;
    serviceId: string;
    iepId: string;
    key: string;
    program: string;
    service: string;
    note: string;
  }[];
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** The group and its members, or null. Reads names: call it only once the reader is granted. */
export async function loadGroup(tx: Tx, groupId: string): Promise<StoredGroup | null> {
  const group = await tx
    .selectFrom('session_groups as g')
    .innerJoin('staff as st', (j) =>
      j.onRef('st.district_id', '=', 'g.district_id').onRef('st.id', '=', 'g.provider_staff_id'),
    )
    .where('g.id', '=', groupId)
    .selectAll('g')
    .select('st.full_name')
    .executeTakeFirst();
  if (!group) return null;
  const members = await tx
    .selectFrom('service_sessions as ss')
    .innerJoin('students as s', (j) =>
      j.onRef('s.district_id', '=', 'ss.district_id').onRef('s.id', '=', 'ss.student_id'),
    )
    .innerJoin('iep_services as svc', (j) =>
      j.onRef('svc.district_id', '=', 'ss.district_id').onRef('svc.id', '=', 'ss.iep_service_id'),
    )
    .where('ss.group_id', '=', groupId)
    .select([
      'ss.id',
      'ss.student_id',
      'ss.iep_service_id',
      'ss.note',
      's.legal_first_name',
      's.legal_last_name',
      's.student_number',
      'svc.iep_id',
      'svc.program',
      'svc.service',
    ])
    .orderBy('s.legal_last_name')
    .orderBy('s.legal_first_name')
    .execute();
  return {
    id: group.id,
    providerStaffId: group.provider_staff_id,
    providerName: group.full_name,
    date: group.session_date,
    status: group.status,
    minutes: group.minutes,
    location: group.location,
    note: group.note,
    recordedAt: iso(group.recorded_at),
    voidedAt: group.voided_at === null ? null : iso(group.voided_at),
    voidReason: group.void_reason,
    members: members.map((m) => ({
      sessionId: m.id,
      studentId: m.student_id,
      studentName: listName(m),
      studentNumber: m.student_number,
      serviceId: m.iep_service_id,
      iepId: m.iep_id,
      key: iepRules.serviceKey({ program: m.program as ProgramId, service: m.service }),
      program: m.program,
      service: m.service,
      note: m.note,
    })),
  };
}

/** The student ids of a group's members (no names: for access checks). */
async function memberIds(tx: Tx, groupId: string): Promise<string[] | null> {
  const group = await tx
    .selectFrom('session_groups')
    .where('id', '=', groupId)
    .select('id')
    .executeTakeFirst();
  if (!group) return null;
  const rows = await tx
    .selectFrom('service_sessions')
    .where('group_id', '=', groupId)
    .select('student_id')
    .execute();
  return rows.map((r) => r.student_id);
}

/**
 * The reader's grant on a group reached through one of its children (`studentId`, from the
 * address): 404 outside the student's grant, for a group that is not theirs, and when the
 * reader does not reach every other child in it.
 */
export async function grantGroup(
  records: StudentRecords,
  studentId: string,
  groupId: string,
  action: AccessAction,
  purpose: Purpose,
): Promise<StoredGroup> {
  await records.grant(studentId, 'service-session', action, purpose);
  const members = await memberIds(records.tx, groupId);
  if (members === null || !members.includes(studentId)) throw new NotFoundError('session group');
  for (const other of members.filter((id) => id !== studentId)) {
    try {
      await records.grant(other, 'service-session', action, purpose);
    } catch (error) {
      // The other child's record does not exist for this reader, and neither does the group.
      if (error instanceof NotFoundError) throw new NotFoundError('session group');
      throw error;
    }
  }
  return (await loadGroup(records.tx, groupId))!;
}

/**
 * Refuses (403, logged) a reader who may not log sessions of every child's service in the
 * group; `group` comes from `grantGroup`, so the reader reaches each.
 */
export async function requireGroupChange(
  records: StudentRecords,
  group: StoredGroup,
  action: AccessAction,
  purpose: Purpose,
): Promise<void> {
  for (const m of group.members) {
    const delivery = await grantDeliveryChange(records, m.studentId, action, purpose);
    requireCovers(records, delivery, m, action, purpose);
  }
}

/** Whether the reader may log sessions of every child's service in the group (no refusal logged). */
export async function mayChangeGroup(
  records: StudentRecords,
  group: StoredGroup,
  purpose: Purpose,
): Promise<boolean> {
  for (const m of group.members) {
    const delivery = await grantDelivery(records, m.studentId, 'read', purpose);
    if (!mayLog(delivery, m)) return false;
  }
  return true;
}

/**
 * The groups among these sessions whose log the reader may open: those whose every member is
 * a student the reader may see. Only ids are compared; no other child's data is read.
 */
export async function openableGroups(
  records: StudentRecords,
  sessions: readonly StoredSession[],
): Promise<Set<string>> {
  const groupIds = [...new Set(sessions.flatMap((s) => (s.group ? [s.group.id] : [])))];
  if (groupIds.length === 0) return new Set();
  const rows = await records.tx
    .selectFrom('service_sessions')
    .where('group_id', 'in', groupIds)
    .select(['group_id', 'student_id'])
    .execute();
  const students = [...new Set(rows.map((r) => r.student_id))];
  const visible = new Set(
    (await records.visibleStudents().where('s.id', 'in', students).select('s.id').execute()).map(
      (r) => r.id,
    ),
  );
  return new Set(
    groupIds.filter((g) => rows.every((r) => r.group_id !== g || visible.has(r.student_id))),
  );
}

/** A group's log as the API shows it, to a reader granted on every child in it. */
export function presentGroup(group: StoredGroup, canVoid: boolean): GroupView {
  return {
    id: group.id,
    date: group.date,
    status: group.status,
    minutes: group.minutes,
    location: group.location,
    note: group.note,
    providerStaffId: group.providerStaffId,
    providerName: group.providerName,
    recordedAt: group.recordedAt,
    voided: group.voidedAt === null ? null : { at: group.voidedAt, reason: group.voidReason ?? '' },
    members: group.members.map((m) => ({
      studentId: m.studentId,
      studentName: m.studentName,
      studentNumber: m.studentNumber,
      sessionId: m.sessionId,
      serviceId: m.serviceId,
      program: m.program,
      service: m.service,
      note: m.note,
    })),
    canVoid: canVoid && group.voidedAt === null,
  };
}
