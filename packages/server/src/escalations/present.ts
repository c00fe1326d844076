import type { Tx } from '../db/tenant.ts';
import type { EscalationView } from './schemas.ts';

/**
 * Escalations (`e`) with the service they concern, who filed and resolved them, and their
 * e-mail's state: narrow it with `where` and run it. Reads no student row, only the snapshot
 * the escalation keeps of what was sent.
 */
export function escalationRows(tx: Tx) {
  return tx
    .selectFrom('escalations as e')
    .leftJoin('iep_services as sv', (j) =>
      j.onRef('sv.district_id', '=', 'e.district_id').onRef('sv.id', '=', 'e.iep_service_id'),
    )
    .leftJoin('staff as filer', (j) =>
      j
        .onRef('filer.district_id', '=', 'e.district_id')
        .onRef('filer.account_id', '=', 'e.filed_by'),
    )
    .leftJoin('staff as resolver', (j) =>
      j
        .onRef('resolver.district_id', '=', 'e.district_id')
        .onRef('resolver.account_id', '=', 'e.resolved_by'),
    )
    .leftJoin('email_outbox as o', (j) =>
      j.onRef('o.district_id', '=', 'e.district_id').onRef('o.escalation_id', '=', 'e.id'),
    )
    .selectAll('e')
    .select([
      'sv.program as service_program',
      'sv.service as service_name',
      'filer.full_name as filer_name',
      'resolver.full_name as resolver_name',
      'o.status as email_status',
    ]);
}

export type EscalationRow = Awaited<
  ReturnType<ReturnType<typeof escalationRows>['executeTakeFirstOrThrow']>
>;

export function toEscalationView(row: EscalationRow, actorAccountId: string): EscalationView {
  return {
    id: row.id,
    studentId: row.student_id,
    kind: row.kind,
    problem: row.problem,
    service:
      row.iep_service_id && row.service_program !== null
        ? { id: row.iep_service_id, program: row.service_program, service: row.service_name ?? '' }
        : null,
    toAddress: row.to_address,
    childName: row.child_name,
    dateOfBirth: row.date_of_birth,
    siteName: row.site_name,
    siteAddress: row.site_address,
    details: row.details,
    status: row.status,
    filedBy: row.filer_name ?? '',
    filedAt: new Date(row.filed_at).toISOString(),
    filedByYou: row.filed_by === actorAccountId,
    resolvedBy: row.resolved_at ? (row.resolver_name ?? '') : null,
    resolvedAt: row.resolved_at ? new Date(row.resolved_at).toISOString() : null,
    resolution: row.resolution,
    emailStatus: row.email_status ?? null,
  };
}
