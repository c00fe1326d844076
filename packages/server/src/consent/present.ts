import {
  nextPublicBenefitsNotificationDue,
  revocationEffects,
} from '@continuum/rules/consent/index.ts';
import { checkConsentTransition } from '@continuum/rules/consent/index.ts';
import type { StudentRecords } from '../access/student-records.ts';
import type { ConsentList, ConsentView } from './schemas.ts';
import { responseStates } from './schemas.ts';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : String(d));

/**
 * The student's consents (or one), each with its state history, reasonable efforts, what a
 * revocation would mean and the states it may move to now. Reads only: the caller logs.
 */
export async function loadConsents(
  records: StudentRecords,
  studentId: string,
  consentId?: string,
): Promise<ConsentView[]> {
  const { tx } = records;
  let query = tx
    .selectFrom('consents')
    .where('student_id', '=', studentId)
    .selectAll()
    .orderBy('requested_on', 'desc')
    .orderBy('created_at', 'desc');
  if (consentId) query = query.where('id', '=', consentId);
  const consents = await query.execute();
  if (consents.length === 0) return [];
  const ids = consents.map((c) => c.id);
  const states = await tx
    .selectFrom('consent_states')
    .where('consent_id', 'in', ids)
    .selectAll()
    .orderBy('seq')
    .execute();
  const efforts = await tx
    .selectFrom('consent_efforts')
    .where('consent_id', 'in', ids)
    .selectAll()
    .orderBy('on_date')
    .orderBy('recorded_at')
    .execute();
  return consents.map((c) => {
    const history = states
      .filter((s) => s.consent_id === c.id)
      .map((s) => ({
        state: s.state,
        on: s.on_date,
        written: s.written,
        note: s.note,
        recordedAt: iso(s.recorded_at),
      }));
    const latest = history.at(-1)!;
    const logged = efforts.filter((e) => e.consent_id === c.id);
    const next = responseStates.filter(
      (to) =>
        checkConsentTransition({
          type: c.type,
          from: latest.state,
          fromOn: latest.on,
          to,
          on: latest.on,
          written: true,
          effortsLogged: logged.length,
        }).allowed,
    );
    return {
      id: c.id,
      studentId: c.student_id,
      type: c.type,
      requestedOn: c.requested_on,
      method: c.request_method,
      description: c.description,
      recipientKind: c.recipient_kind,
      recipientName: c.recipient_name,
      informationDisclosed: c.information_disclosed,
      insuranceUse: c.insurance_use,
      state: latest.state,
      stateOn: latest.on,
      version: c.version,
      history,
      efforts: logged.map((e) => ({
        id: e.id,
        kind: e.kind,
        on: e.on_date,
        madeBy: e.made_by,
        result: e.result,
      })),
      revocation: revocationEffects(c.type),
      next,
    };
  });
}

/** The public-benefits notifications, newest first, and when the next is due. */
export async function loadBenefitsNotifications(
  records: StudentRecords,
  studentId: string,
): Promise<ConsentList['publicBenefits']> {
  const rows = await records.tx
    .selectFrom('public_benefits_notifications')
    .where('student_id', '=', studentId)
    .select(['id', 'notified_on', 'method'])
    .orderBy('notified_on', 'desc')
    .execute();
  return {
    notifications: rows.map((r) => ({ id: r.id, notifiedOn: r.notified_on, method: r.method })),
    nextDueOn: nextPublicBenefitsNotificationDue(rows[0]?.notified_on ?? null),
  };
}
