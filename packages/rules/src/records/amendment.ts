import { day, isoDate, type Day } from '../calendar/days.ts';
import { RECORDS_CITATIONS as C } from './citations.ts';

/**
 * A parent's request to amend their child's records as a state machine (PSN, Amendment of
 * Records at Parent's Request, Opportunity for a Hearing, Result of Hearing: 34 CFR
 * 300.618-300.621). Pure: the caller passes the request's state, the step and the days; the
 * answer says whether the step is legal, and which notices the district then owes the parent.
 */

export const AMENDMENT_STATES = [
  'requested',
  // The district agreed and changed the information.
  'amended',
  // The district refused; the parent was told of the right to a hearing.
  'refused',
  'hearing-requested',
  // The hearing found the information inaccurate, misleading or violating the child's rights.
  'hearing-amended',
  // The hearing kept the information; the parent may place a statement in the records.
  'hearing-kept',
  // The parent withdrew the request (the request is theirs to make, so theirs to drop).
  'withdrawn',
] as const;
export type AmendmentState = (typeof AMENDMENT_STATES)[number];
export type AmendmentStep = Exclude<AmendmentState, 'requested'>;

/** What the district must tell the parent after a step. */
export type AmendmentNotice =
  /** 300.618: the refusal, and the right to a hearing. */
  | 'refusal-and-hearing-right'
  /** 300.620: the information was changed after the hearing, in writing. */
  | 'amended-after-hearing'
  /** 300.620: the right to place a statement in the records. */
  | 'statement-right';

/** Which steps each state may take; everything else is refused. */
const NEXT: Record<AmendmentState, readonly AmendmentStep[]> = {
  requested: ['amended', 'refused', 'withdrawn'],
  amended: [],
  // 300.619: the hearing is "on request"; the parent may also leave it there.
  refused: ['hearing-requested'],
  'hearing-requested': ['hearing-amended', 'hearing-kept', 'withdrawn'],
  'hearing-amended': [],
  'hearing-kept': [],
  withdrawn: [],
};

const NOTICES: Record<AmendmentStep, readonly { notice: AmendmentNotice; citation: string }[]> = {
  amended: [],
  refused: [{ notice: 'refusal-and-hearing-right', citation: C.amendment }],
  'hearing-requested': [],
  'hearing-amended': [{ notice: 'amended-after-hearing', citation: C.hearingResult }],
  'hearing-kept': [{ notice: 'statement-right', citation: C.hearingResult }],
  withdrawn: [],
};

export interface AmendmentStepInput {
  from: AmendmentState;
  /** The day the current state was recorded (YYYY-MM-DD). */
  fromOn: string;
  to: AmendmentStep;
  /** The day of the step (YYYY-MM-DD). */
  on: string;
}

export type AmendmentStepResult =
  | {
      allowed: true;
      /** The notices the district owes the parent after this step, each with its passage. */
      notices: readonly { notice: AmendmentNotice; citation: string }[];
    }
  | { allowed: false; message: string; citation: string; field: 'state' | 'on' };

/** Whether an amendment request may move from `from` to `to` on `on`, and what is then owed. */
export function checkAmendmentStep({
  from,
  fromOn,
  to,
  on,
}: AmendmentStepInput): AmendmentStepResult {
  if (!NEXT[from].includes(to)) return { allowed: false, field: 'state', ...refusalFor(from, to) };
  if (on < fromOn)
    return {
      allowed: false,
      field: 'on',
      citation: C.amendment,
      message: `The date cannot be before the request was ${from} (${fromOn}).`,
    };
  return { allowed: true, notices: NOTICES[to] };
}

function refusalFor(
  from: AmendmentState,
  to: AmendmentStep,
): { message: string; citation: string } {
  if (to === 'hearing-requested')
    return {
      citation: C.hearing,
      message:
        'A hearing challenges a refusal: the parent may request one after the district refuses to change the information.',
    };
  if (to === 'hearing-amended' || to === 'hearing-kept')
    return {
      citation: C.hearingResult,
      message: 'A hearing outcome is recorded only for a hearing the parent requested.',
    };
  if (NEXT[from].length === 0)
    return {
      citation: C.amendment,
      message: `This request is closed (${from}). A parent who disagrees again makes a new request.`,
    };
  return {
    citation: C.amendment,
    message: `An amendment request cannot move from ${from} to ${to}.`,
  };
}

/**
 * Whether the parent may place a statement in the records: after a hearing that kept the
 * information (PSN, Result of Hearing). The statement then stays as long as the record does.
 */
export function mayAddStatement(state: AmendmentState): { allowed: boolean; citation: string } {
  return { allowed: state === 'hearing-kept', citation: C.hearingResult };
}

/**
 * The first day a decision on a request received on `receivedOn` is late. The PSN asks for a
 * decision "within a reasonable period of time"; the district sets that period in calendar days.
 */
export function amendmentDecisionDue(receivedOn: string, reasonableDays: number): string {
  return isoDate((day(receivedOn) + reasonableDays) as Day);
}

/** A parent's statement, attached to one record (or the contested portion of it). */
export interface ParentStatement {
  id: string;
  recordId: string;
}

/**
 * The statements that go with a disclosure of `disclosedRecordIds`: "if the participating
 * agency discloses the records of your child or the challenged portion to any party, the
 * explanation must also be disclosed to that party" (PSN, Result of Hearing).
 */
export function statementsToDisclose(
  disclosedRecordIds: readonly string[],
  statements: readonly ParentStatement[],
): ParentStatement[] {
  const disclosed = new Set(disclosedRecordIds);
  return statements.filter((statement) => disclosed.has(statement.recordId));
}
