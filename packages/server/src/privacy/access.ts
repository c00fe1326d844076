import type { Actor } from '../access/actor.ts';
import { ForbiddenError } from '../errors.ts';

/**
 * The privacy officer's workspace is theirs: "one official at each participating agency must
 * assume responsibility for ensuring the confidentiality of any personally identifiable
 * information" (PSN, Safeguards, 34 CFR 300.623). District administrators act for the district
 * and see it too; nobody else does.
 */
export function isPrivacyOfficial(actor: Actor): boolean {
  return actor.roles.some((r) => r === 'privacy-officer' || r === 'district-admin');
}

/** 403 with `refusal` for anyone else: the district-wide lists of the records' requests and disclosures. */
export function requirePrivacyOfficial(
  actor: Actor,
  refusal = "The privacy officer's workspace is for the privacy officer and district administrators.",
): void {
  if (!isPrivacyOfficial(actor)) throw new ForbiddenError(refusal);
}
