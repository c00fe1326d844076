import type { LogRights } from './access.ts';
import { mayLog } from './access.ts';
import type { CurrentService, StoredSession } from './load.ts';
import type { ServiceView, SessionView } from './schemas.ts';
import { presentGroupForChild } from './present-group.ts';

/**
 * A stored session as the API shows it; `canVoid` for the reader's grant (a member of a group
 * session is voided with its group). A group is shown as one child's part of it only
 * (present-group.ts); `openableGroups` are those whose log the reader may open.
 */
export function presentSession(
  s: StoredSession,
  grant: LogRights,
  openableGroups?: ReadonlySet<string>,
): SessionView {
  return {
    id: s.id,
    serviceId: s.iepServiceId,
    program: s.program,
    service: s.service,
    date: s.date,
    status: s.status,
    minutes: s.minutes,
    groupSize: s.groupSize,
    location: s.location,
    missedReason: s.missedReason,
    note: s.note,
    makesUpSessionId: s.makesUpSessionId,
    providerStaffId: s.providerStaffId,
    providerName: s.providerName,
    recordedAt: s.recordedAt,
    voided: s.voidedAt === null ? null : { at: s.voidedAt, reason: s.voidReason ?? '' },
    group: presentGroupForChild(s, openableGroups),
    canVoid: s.voidedAt === null && s.group === null && mayLog(grant, s),
  };
}

/** A service of the IEP in effect as the API shows it; `canLog` for the reader's grant (if any). */
export function presentService(s: CurrentService, grant: LogRights | null): ServiceView {
  return {
    id: s.id,
    key: s.key,
    program: s.program,
    service: s.service,
    frequency: s.frequency,
    period: s.period,
    durationMinutes: s.durationMinutes,
    location: s.location,
    groupSize: s.groupSize,
    startDate: s.startDate,
    endDate: s.endDate,
    twelveMonth: s.twelveMonth,
    takesEffectOn: s.takesEffectOn,
    canLog: grant !== null && mayLog(grant, s),
  };
}
