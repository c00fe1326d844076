import type { Actor } from '../access/actor.ts';
import type { Call } from '../http/call.ts';
import { inDistrict } from '../db/tenant.ts';
import { ForbiddenError } from '../errors.ts';
import type { StoredSettings } from './load.ts';
import { loadSettings } from './load.ts';
import type { DeliverySettingsView, SettingsInput } from './schemas.ts';

/**
 * The district's delivery settings (delivery_settings): the numbers of school days and the
 * percentage behind the delivery alerts, which the district sets (the issue: "a district-set
 * number of school days"), and distribution's "starting soon" window. They hold no student
 * data: any staff member reads them; district administrators change them.
 */

const mayEdit = (actor: Actor) => actor.kind === 'staff' && actor.roles.includes('district-admin');

export function settingsView(settings: StoredSettings, actor: Actor): DeliverySettingsView {
  return {
    notStartedSchoolDays: settings.notStartedSchoolDays,
    providerGapSchoolDays: settings.providerGapSchoolDays,
    underDeliveryPercent: settings.underDeliveryPercent,
    underDeliveryWeeks: settings.underDeliveryWeeks,
    readinessWindowSchoolDays: settings.readinessWindowSchoolDays,
    updatedAt: settings.updatedAt,
    updatedBy: settings.updatedBy,
    canEdit: mayEdit(actor),
  };
}

export async function getDeliverySettings(call: Call): Promise<DeliverySettingsView> {
  if (call.actor.kind !== 'staff') throw new ForbiddenError('The delivery settings are for staff.');
  const settings = await inDistrict(call.ctx.database.db, call.actor.districtId, loadSettings);
  return settingsView(settings, call.actor);
}

/** Replaces the settings (the last save wins: one row per district, changed rarely). */
export async function putDeliverySettings(
  call: Call,
  input: SettingsInput,
): Promise<DeliverySettingsView> {
  if (!mayEdit(call.actor))
    throw new ForbiddenError('Only district administrators change the delivery settings.');
  const districtId = call.actor.districtId;
  const values = {
    not_started_school_days: input.notStartedSchoolDays,
    provider_gap_school_days: input.providerGapSchoolDays,
    under_delivery_percent: input.underDeliveryPercent,
    under_delivery_weeks: input.underDeliveryWeeks,
    ...(input.readinessWindowSchoolDays !== undefined && {
      readiness_window_school_days: input.readinessWindowSchoolDays,
    }),
    updated_by: call.actor.accountId,
    updated_at: new Date(),
  };
  const settings = await inDistrict(call.ctx.database.db, districtId, async (tx) => {
    await tx
      .insertInto('delivery_settings')
      .values({ district_id: districtId, ...values })
      .onConflict((oc) => oc.column('district_id').doUpdateSet(values))
      .execute();
    return loadSettings(tx);
  });
  return settingsView(settings, call.actor);
}
