import type { LogRights } from './access.ts';
import { mayLog } from './access.ts';
import type { CurrentService, StoredSession } from './load.ts';
import type { ServiceView, SessionView } from './schemas.ts';

/** A stored session as the API shows it; `canVoid` for the reader's grant. */
export function presentSession(s: StoredSession, grant: LogRights): SessionView {
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
    canVoid: s.voidedAt === null && mayLog(grant, s),
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
