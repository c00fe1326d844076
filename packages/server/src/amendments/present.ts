import {
  amendmentDecisionDue,
  checkAmendmentStep,
  mayAddStatement,
} from '@continuum/rules/records/index.ts';
import type {
  AmendmentNotice,
  AmendmentState,
  AmendmentStep,
} from '@continuum/rules/records/index.ts';
import type { Tx } from '../db/tenant.ts';
import type { AmendableRecordType } from './record-types.ts';
import type { AmendmentAction, AmendmentStatementView, AmendmentView } from './schemas.ts';

/**
 * The district's "reasonable period of time" to decide (PSN, Amendment of Records at Parent's
 * Request, 34 CFR 300.618(b)), in calendar days. The PSN sets no number; 30 days keeps the
 * decision well inside the 45 days the district has to let the parent inspect (300.613). A
 * district setting for it is left open (docs/amendments.md).
 */
export const DECISION_DAYS = 30;

/** Amendment requests (`r`) with the name of the parent who asked and their last notice e-mail's state. */
export function amendmentRows(tx: Tx) {
  return tx
    .selectFrom('amendment_requests as r')
    .leftJoin('guardians as g', (j) =>
      j.onRef('g.district_id', '=', 'r.district_id').onRef('g.id', '=', 'r.guardian_id'),
    )
    .selectAll('r')
    .select('g.full_name as guardian_name')
    .select((eb) =>
      eb
        .selectFrom('email_outbox as o')
        .whereRef('o.district_id', '=', 'r.district_id')
        .whereRef('o.amendment_request_id', '=', 'r.id')
        .orderBy('o.created_at', 'desc')
        .limit(1)
        .select('o.status')
        .as('email_status'),
    );
}
export type AmendmentRow = Awaited<
  ReturnType<ReturnType<typeof amendmentRows>['executeTakeFirstOrThrow']>
>;

/** A child's statements (`st`) with the name of the parent who placed them. */
export function statementRows(tx: Tx) {
  return tx
    .selectFrom('amendment_statements as st')
    .leftJoin('guardians as g', (j) =>
      j.onRef('g.district_id', '=', 'st.district_id').onRef('g.id', '=', 'st.guardian_id'),
    )
    .selectAll('st')
    .select('g.full_name as guardian_name')
    .orderBy('st.added_at');
}
export type StatementRow = Awaited<
  ReturnType<ReturnType<typeof statementRows>['executeTakeFirstOrThrow']>
>;

export function toStatementView(s: StatementRow): AmendmentStatementView {
  return {
    id: s.id,
    requestId: s.amendment_request_id,
    recordType: s.record_type as AmendableRecordType,
    statement: s.statement,
    guardianName: s.guardian_name,
    receivedOn: s.received_on,
    channel: s.channel,
  };
}

/** The notices each state has owed the parent along the way (the rules' notices of each step). */
const path: Record<AmendmentState, readonly AmendmentStep[]> = {
  requested: [],
  amended: ['amended'],
  refused: ['refused'],
  'hearing-requested': ['refused', 'hearing-requested'],
  'hearing-amended': ['refused', 'hearing-requested', 'hearing-amended'],
  'hearing-kept': ['refused', 'hearing-requested', 'hearing-kept'],
  withdrawn: [],
};
function noticesOwed(r: AmendmentRow): AmendmentNotice[] {
  const steps =
    r.status === 'withdrawn' && r.decided_on ? path['hearing-requested'] : path[r.status];
  let from: AmendmentState = 'requested';
  const notices: AmendmentNotice[] = [];
  for (const to of steps) {
    const check = checkAmendmentStep({ from, fromOn: r.received_on, to, on: r.received_on });
    if (check.allowed) notices.push(...check.notices.map((n) => n.notice));
    from = to;
  }
  return notices;
}

/** Who is reading: the child's parent, the district's handlers, or a reader only. */
export interface Reader {
  parent: boolean;
  handler: boolean;
}

/** What the reader may do next: the rules say which steps the state allows, the relationship whose steps they are. */
function actionsFor(r: AmendmentRow, reader: Reader): AmendmentAction[] {
  const can = (to: Parameters<typeof checkAmendmentStep>[0]['to']) =>
    checkAmendmentStep({ from: r.status, fromOn: r.status_on, to, on: r.status_on }).allowed;
  const forParent = reader.parent || reader.handler;
  const actions: AmendmentAction[] = [];
  if (reader.handler && can('refused')) actions.push('decide');
  if (forParent && can('hearing-requested')) actions.push('request-hearing');
  if (reader.handler && can('hearing-kept')) actions.push('record-hearing');
  if (forParent && can('withdrawn')) actions.push('withdraw');
  if (forParent && mayAddStatement(r.status).allowed) actions.push('add-statement');
  return actions;
}

export function toAmendmentView(
  r: AmendmentRow,
  statements: readonly StatementRow[],
  reader: Reader,
  asOf: string,
): AmendmentView {
  const decisionDue =
    r.status === 'requested' ? amendmentDecisionDue(r.received_on, DECISION_DAYS) : null;
  return {
    id: r.id,
    studentId: r.student_id,
    requester: r.requester_kind,
    guardianId: r.guardian_id,
    guardianName: r.guardian_name,
    receivedOn: r.received_on,
    channel: r.channel,
    recordType: r.record_type as AmendableRecordType,
    information: r.information,
    reason: r.reason,
    changeRequested: r.change_requested,
    status: r.status,
    statusOn: r.status_on,
    decisionDue,
    overdue: decisionDue !== null && asOf >= decisionDue,
    decidedOn: r.decided_on,
    decisionReason: r.decision_reason,
    amendmentMade: r.amendment_made,
    hearingRequestedOn: r.hearing_requested_on,
    hearingHeldOn: r.hearing_held_on,
    heardBy: r.heard_by,
    hearingDecidedOn: r.hearing_decided_on,
    hearingSummary: r.hearing_summary,
    withdrawnOn: r.withdrawn_on,
    notices: noticesOwed(r),
    emailStatus: r.email_status ?? null,
    statements: statements.filter((s) => s.amendment_request_id === r.id).map(toStatementView),
    actions: actionsFor(r, reader),
  };
}
