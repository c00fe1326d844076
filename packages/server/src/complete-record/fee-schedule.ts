import { records as rules } from '@continuum/rules';
import type { Actor } from '../access/actor.ts';
import { todayInNewYork } from '../clock.ts';
import type { Tx } from '../db/tenant.ts';
import { inDistrict } from '../db/tenant.ts';
import { ConflictError, ForbiddenError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import type { FeeScheduleInput, FeeSchedules, FeeScheduleView } from './schemas.ts';

/**
 * The district's fee for copies of a child's records (PSN, Fees, 34 CFR 300.617), set by the
 * privacy officer or a district administrator. It holds no student data: it is read and set
 * outside a student's records, and any staff member of the district reads it (403 for others).
 * A schedule takes effect on a day and is superseded by a later one, never changed; with none
 * in force, copies are free (the default).
 */

const mayEdit = (actor: Actor) =>
  actor.kind === 'staff' &&
  (actor.roles.includes('privacy-officer') || actor.roles.includes('district-admin'));

/** The schedule in force on `on`: the latest that took effect on or before it (none: free). */
export async function feeScheduleOn(tx: Tx, on: string) {
  return tx
    .selectFrom('records_fee_schedules')
    .where('effective_from', '<=', on)
    .selectAll()
    .orderBy('effective_from', 'desc')
    .executeTakeFirst();
}

async function schedules(tx: Tx, actor: Actor): Promise<FeeSchedules> {
  const asOf = todayInNewYork();
  const rows = await tx
    .selectFrom('records_fee_schedules as f')
    .leftJoin('staff as st', (j) =>
      j.onRef('st.district_id', '=', 'f.district_id').onRef('st.account_id', '=', 'f.set_by'),
    )
    .selectAll('f')
    .select('st.full_name as set_by_name')
    .orderBy('f.effective_from', 'desc')
    .execute();
  const history: FeeScheduleView[] = rows.map((r) => ({
    id: r.id,
    effectiveFrom: r.effective_from,
    copyPerPageCents: r.copy_per_page_cents,
    setBy: r.set_by_name ?? 'a district account',
    setAt: new Date(r.set_at).toISOString(),
  }));
  return {
    asOf,
    current: history.find((h) => h.effectiveFrom <= asOf) ?? null,
    history,
    mayEdit: mayEdit(actor),
  };
}

export async function getFeeSchedules(call: Call): Promise<FeeSchedules> {
  if (call.actor.kind !== 'staff')
    throw new ForbiddenError("The district's fee schedule is kept by its staff.");
  return inDistrict(call.ctx.database.db, call.actor.districtId, (tx) => schedules(tx, call.actor));
}

/**
 * Sets the fee from a day on. The rules' `checkFeeSchedule` refuses a fee to search for or
 * retrieve information (422 with the citation, nothing saved); a second schedule for the same
 * day is a conflict (409): a schedule is superseded by a later one, not rewritten.
 */
export async function setFeeSchedule(call: Call, input: FeeScheduleInput): Promise<FeeSchedules> {
  if (!mayEdit(call.actor))
    throw new ForbiddenError(
      'The privacy officer or a district administrator sets the fee for copies.',
    );
  const lines: { field: keyof FeeScheduleInput; line: rules.FeeLine }[] = [
    { field: 'copyPerPageCents', line: { kind: 'copy-per-page', cents: input.copyPerPageCents } },
    ...(input.searchCents === undefined
      ? []
      : [
          {
            field: 'searchCents' as const,
            line: { kind: 'search' as const, cents: input.searchCents },
          },
        ]),
    ...(input.retrievalCents === undefined
      ? []
      : [
          {
            field: 'retrievalCents' as const,
            line: { kind: 'retrieval' as const, cents: input.retrievalCents },
          },
        ]),
  ];
  const problems = rules.checkFeeSchedule(lines.map((l) => l.line));
  if (problems.length)
    throw new RefusedError(
      problems[0]!.message,
      problems[0]!.citation,
      problems.map((p) => ({ path: lines[p.line]!.field, message: p.message })),
    );
  const { districtId } = call.actor;
  return inDistrict(call.ctx.database.db, districtId, async (tx) => {
    const taken = await tx
      .selectFrom('records_fee_schedules')
      .where('effective_from', '=', input.effectiveFrom)
      .select('id')
      .executeTakeFirst();
    if (taken)
      throw new ConflictError(
        'A fee schedule already takes effect that day: set the new one from a later day.',
      );
    await tx
      .insertInto('records_fee_schedules')
      .values({
        district_id: districtId,
        effective_from: input.effectiveFrom,
        copy_per_page_cents: input.copyPerPageCents,
        set_by: call.actor.accountId,
      })
      .execute();
    return schedules(tx, call.actor);
  });
}
