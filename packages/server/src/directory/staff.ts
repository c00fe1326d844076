import type { Call } from '../http/call.ts';
import { inDistrict } from '../db/tenant.ts';
import type { Tx } from '../db/tenant.ts';
import { mayReadDirectory } from '../access/policy.ts';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.ts';
import { isUniqueViolation } from '../db/sql-errors.ts';
import { checkNewPassword } from '../auth/password-policy.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { endSessionsOf } from '../auth/sessions.ts';
import { requireAdministrator } from './sites.ts';
import type { StaffInput, StaffMember, UpdateStaffInput } from './schemas.ts';

/**
 * Staff members, their roles, where they work, their committees, and their sign-in accounts.
 * Roles say what a person does; which students they may see still comes from relationships
 * (the access policy). Any staff member may read the directory; administrators change it.
 */

export async function listStaff(call: Call): Promise<{ items: StaffMember[] }> {
  if (!mayReadDirectory(call.actor)) throw new ForbiddenError();
  return {
    items: await inDistrict(call.ctx.database.db, call.actor.districtId, (tx) => readStaff(tx)),
  };
}

export async function createStaff(call: Call, input: StaffInput): Promise<StaffMember> {
  requireAdministrator(call);
  const email = input.email.toLowerCase();
  let passwordHash: string | null = null;
  if (input.initialPassword !== undefined) {
    const issues = checkNewPassword(input.initialPassword, { email, hasSecondFactor: false });
    if (issues.length)
      throw new InvalidInputError(issues.map((i) => ({ ...i, path: 'initialPassword' })));
    passwordHash = await hashPassword(input.initialPassword);
  }
  return inDistrict(call.ctx.database.db, call.actor.districtId, async (tx) => {
    let accountId: string;
    try {
      ({ id: accountId } = await tx
        .insertInto('accounts')
        .values({
          district_id: call.actor.districtId,
          email,
          kind: 'staff',
          password_hash: passwordHash,
        })
        .returning('id')
        .executeTakeFirstOrThrow());
    } catch (error) {
      if (isUniqueViolation(error, 'accounts_email')) {
        throw new InvalidInputError([
          { path: 'email', message: 'an account with this e-mail already exists' },
        ]);
      }
      throw error;
    }
    const { id } = await tx
      .insertInto('staff')
      .values({
        district_id: call.actor.districtId,
        account_id: accountId,
        full_name: input.fullName,
        title: input.title ?? '',
        roles: input.roles,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replacePlaces(tx, call.actor.districtId, id, input.siteIds ?? [], input.committees ?? []);
    return findStaff(tx, id);
  });
}

export async function updateStaff(
  call: Call,
  input: UpdateStaffInput & { staffId: string },
): Promise<StaffMember> {
  requireAdministrator(call);
  return inDistrict(call.ctx.database.db, call.actor.districtId, async (tx) => {
    const updated = await tx
      .updateTable('staff')
      .set((eb) => ({
        ...(input.fullName !== undefined && { full_name: input.fullName }),
        ...(input.title !== undefined && { title: input.title }),
        ...(input.roles !== undefined && { roles: input.roles }),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', input.staffId)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) {
      const current = await findStaff(tx, input.staffId);
      throw new ConflictError(
        'Someone else changed this staff member since you opened it. Review and try again.',
        current,
      );
    }
    if (input.siteIds !== undefined || input.committees !== undefined) {
      const current = await findStaff(tx, input.staffId);
      await replacePlaces(
        tx,
        call.actor.districtId,
        input.staffId,
        input.siteIds ?? current.siteIds,
        input.committees ?? current.committees,
      );
    }
    return findStaff(tx, input.staffId);
  });
}

/**
 * Disables (or re-enables) a staff member's account. Disabling ends every session of the
 * account at once, in the same transaction: access stops with the next request.
 */
export async function setAccountDisabled(
  call: Call,
  input: { staffId: string; disabled: boolean },
): Promise<StaffMember> {
  requireAdministrator(call);
  return inDistrict(call.ctx.database.db, call.actor.districtId, async (tx) => {
    const member = await findStaff(tx, input.staffId);
    if (input.disabled && member.accountId === call.actor.accountId) {
      throw new InvalidInputError([
        { path: 'disabled', message: 'you cannot disable your own account' },
      ]);
    }
    await tx
      .updateTable('accounts')
      .set({ disabled_at: input.disabled ? new Date() : null, updated_at: new Date() })
      .where('id', '=', member.accountId)
      .execute();
    if (input.disabled) await endSessionsOf(tx, member.accountId);
    return findStaff(tx, input.staffId);
  });
}

async function replacePlaces(
  tx: Tx,
  districtId: string,
  staffId: string,
  siteIds: readonly string[],
  committees: readonly { committee: 'cse' | 'cpse'; siteId: string | null }[],
): Promise<void> {
  const wanted = new Set([...siteIds, ...committees.flatMap((c) => (c.siteId ? [c.siteId] : []))]);
  if (wanted.size) {
    const found = await tx
      .selectFrom('sites')
      .where('id', 'in', [...wanted])
      .select('id')
      .execute();
    if (found.length !== wanted.size)
      throw new InvalidInputError([
        { path: 'siteIds', message: 'one of the sites does not exist in this district' },
      ]);
  }
  await tx.deleteFrom('staff_sites').where('staff_id', '=', staffId).execute();
  await tx.deleteFrom('committee_memberships').where('staff_id', '=', staffId).execute();
  if (siteIds.length) {
    await tx
      .insertInto('staff_sites')
      .values(
        [...new Set(siteIds)].map((siteId) => ({
          district_id: districtId,
          staff_id: staffId,
          site_id: siteId,
        })),
      )
      .execute();
  }
  if (committees.length) {
    await tx
      .insertInto('committee_memberships')
      .values(
        committees.map((c) => ({
          district_id: districtId,
          staff_id: staffId,
          committee: c.committee,
          site_id: c.siteId,
        })),
      )
      .execute();
  }
}

async function findStaff(tx: Tx, staffId: string): Promise<StaffMember> {
  const [member] = await readStaff(tx, staffId);
  if (!member) throw new NotFoundError('staff member');
  return member;
}

async function readStaff(tx: Tx, staffId?: string): Promise<StaffMember[]> {
  let query = tx
    .selectFrom('staff as st')
    .innerJoin('accounts as a', 'a.id', 'st.account_id')
    .select([
      'st.id',
      'st.account_id',
      'a.email',
      'st.full_name',
      'st.title',
      'st.roles',
      'a.disabled_at',
      'a.totp_enabled_at',
      'st.version',
    ])
    .orderBy('st.full_name');
  if (staffId) query = query.where('st.id', '=', staffId);
  const rows = await query.execute();
  const ids = rows.map((r) => r.id);
  const [sites, committees] = ids.length
    ? await Promise.all([
        tx
          .selectFrom('staff_sites')
          .where('staff_id', 'in', ids)
          .select(['staff_id', 'site_id'])
          .execute(),
        tx
          .selectFrom('committee_memberships')
          .where('staff_id', 'in', ids)
          .select(['staff_id', 'committee', 'site_id'])
          .execute(),
      ])
    : [[], []];
  return rows.map((r) => ({
    id: r.id,
    accountId: r.account_id,
    email: r.email,
    fullName: r.full_name,
    title: r.title,
    roles: r.roles,
    siteIds: sites.filter((s) => s.staff_id === r.id).map((s) => s.site_id),
    committees: committees
      .filter((c) => c.staff_id === r.id)
      .map((c) => ({ committee: c.committee, siteId: c.site_id })),
    disabled: r.disabled_at !== null,
    secondFactor: r.totp_enabled_at !== null,
    version: r.version,
  }));
}
