import { APPEAL_RULES } from './appeals.ts';
import { CHECK_RULES } from './checks.ts';
import { DISCIPLINE_RULES } from './discipline.ts';
import { DUE_PROCESS_RULES } from './due-process.ts';
import { EVALUATION_RULES } from './evaluation.ts';
import { HEARING_RULES } from './hearings.ts';
import { CHECK_IDS, RULE_IDS, type CatalogId } from './ids.ts';
import { PRESCHOOL_RULES } from './preschool.ts';
import { PRIVATE_PLACEMENT_RULES } from './private-placement.ts';
import { RECORDS_RULES } from './records.ts';
import { REFERRAL_RULES } from './referral.ts';
import { RESOLUTION_RULES } from './resolution.ts';
import { STATE_COMPLAINT_RULES } from './state-complaints.ts';
import type { RuleDefinition } from './types.ts';

/** Every rule and check of the timeline catalog, by family. */
export const RULES: readonly RuleDefinition[] = [
  ...REFERRAL_RULES,
  ...EVALUATION_RULES,
  ...PRESCHOOL_RULES,
  ...RECORDS_RULES,
  ...DUE_PROCESS_RULES,
  ...RESOLUTION_RULES,
  ...HEARING_RULES,
  ...APPEAL_RULES,
  ...STATE_COMPLAINT_RULES,
  ...DISCIPLINE_RULES,
  ...PRIVATE_PLACEMENT_RULES,
  ...CHECK_RULES,
];

/** The catalog's ids in its own order (rules, then checks); ties in a timeline follow it. */
export const CATALOG_IDS: readonly CatalogId[] = [...RULE_IDS, ...CHECK_IDS];

export const RULES_BY_ID: ReadonlyMap<CatalogId, RuleDefinition> = new Map(
  RULES.map((r) => [r.id, r]),
);
