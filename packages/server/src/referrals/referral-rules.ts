/**
 * The referral rules of the district plan (PLAN) as pure functions: who refers directly and
 * whose request goes to a designee, the adult student, the building administrator's meeting
 * and the written agreement that withdraws a referral. No I/O, no clock: dates are passed in.
 */
import type { ReferrerKind } from './schemas.ts';
import { routedReferrers } from './schemas.ts';

export const REFERRAL_CITATIONS = {
  whoRefers: 'PLAN, CSE referral process (who may refer; requests routed to a district designee)',
  interventions:
    'PLAN, Implementation of school-wide approaches and pre-referral interventions (MTSS): the referral describes the interventions tried or why none were',
  adminMeeting:
    'PLAN, Implementation of school-wide approaches and pre-referral interventions (MTSS): within 10 days of receipt of the referral, the building administrator may request a meeting',
  withdrawal:
    'PLAN, Implementation of school-wide approaches and pre-referral interventions (MTSS): a written agreement at that meeting withdraws the referral',
} as const;

export interface Refusal {
  message: string;
  citation: string;
  field: string;
}

/** A request from a physician, judicial officer or public agency goes to a designee first. */
export function routedToDesignee(kind: ReferrerKind): boolean {
  return (routedReferrers as readonly string[]).includes(kind);
}

/** Whether a person born on `dateOfBirth` is 18 or older on `on` (both YYYY-MM-DD). */
export function isAdultOn(dateOfBirth: string, on: string): boolean {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const eighteenth = `${String(y + 18).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // Born on February 29: the birthday is March 1 in a common year, and the string order holds.
  return on >= eighteenth;
}

/** A referral by the student themself needs a student 18 or older on the day they refer. */
export function checkReferrer(input: {
  kind: ReferrerKind;
  dateOfBirth: string;
  submittedOn: string;
}): Refusal | null {
  if (input.kind === 'adult-student' && !isAdultOn(input.dateOfBirth, input.submittedOn))
    return {
      field: 'referrerKind',
      citation: REFERRAL_CITATIONS.whoRefers,
      message:
        'A student may refer themself only once they are 18. Record the referral as made by the parent or by designated district staff.',
    };
  return null;
}

/** The building administrator's meeting: for a school-age referral the committee has received. */
export function checkAdminMeeting(input: {
  level: 'preschool' | 'school-age';
  status: string;
  receivedOn: string | null;
  requestedOn: string;
}): Refusal | null {
  if (input.level !== 'school-age')
    return {
      field: 'requestedOn',
      citation: REFERRAL_CITATIONS.adminMeeting,
      message:
        "The building administrator's meeting applies to referrals of school-age students to the CSE, not to a preschool child's referral.",
    };
  if (input.status !== 'open' || input.receivedOn === null)
    return {
      field: 'requestedOn',
      citation: REFERRAL_CITATIONS.adminMeeting,
      message:
        "The building administrator's meeting follows the committee's receipt of the referral. This referral is not open.",
    };
  if (input.requestedOn < input.receivedOn)
    return {
      field: 'requestedOn',
      citation: REFERRAL_CITATIONS.adminMeeting,
      message: `The meeting is requested after the referral is received (${input.receivedOn}).`,
    };
  return null;
}

export interface WithdrawalFacts {
  status: string;
  meetingHeldOn: string | null;
  meetingOutcome: string | null;
  agreedOn: string;
  language: string;
  /** The languages of the student's parents (and the student's own native language). */
  parentLanguages: readonly string[];
  copies: Readonly<Record<'chairpersonCopyOn' | 'referrerCopyOn' | 'parentCopyOn', string>> & {
    studentCopyOn?: string | undefined;
  };
}

/**
 * A referral is withdrawn only by a written agreement at the building administrator's meeting,
 * in the parent's native language, with copies to the chairperson, the referrer and the parent.
 */
export function checkWithdrawal(f: WithdrawalFacts): Refusal | null {
  const citation = REFERRAL_CITATIONS.withdrawal;
  if (f.status !== 'open')
    return { field: 'agreedOn', citation, message: 'Only an open referral can be withdrawn.' };
  if (f.meetingHeldOn === null)
    return {
      field: 'agreedOn',
      citation,
      message:
        "A referral is withdrawn by a written agreement reached at the building administrator's meeting. Record the meeting as held first.",
    };
  if (f.meetingOutcome === 'continue-referral')
    return {
      field: 'agreedOn',
      citation,
      message:
        "The meeting ended without a written agreement, so the referral continues on the committee's timelines.",
    };
  if (f.agreedOn < f.meetingHeldOn)
    return {
      field: 'agreedOn',
      citation,
      message: `The agreement cannot be dated before the meeting (${f.meetingHeldOn}).`,
    };
  if (!f.parentLanguages.includes(f.language))
    return {
      field: 'language',
      citation,
      message:
        "The agreement is written in the parent's native language. Choose the language recorded for the parent.",
    };
  for (const [field, on] of Object.entries(f.copies))
    if (on !== undefined && on < f.agreedOn)
      return { field, citation, message: 'A copy cannot be sent before the agreement is made.' };
  return null;
}
