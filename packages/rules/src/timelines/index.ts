// The timeline half of the rules engine: the case file, every rule and check of the catalog,
// and the timeline of a case.
export {
  EVENT_TYPES,
  parseCase,
  type Case,
  type CaseEvent,
  type EventType,
  type Level,
  type RemovalReason,
} from './case.ts';
export { CHECK_IDS, RULE_IDS, type CatalogId, type CheckId, type RuleId } from './ids.ts';
export { CATALOG_IDS, RULES, RULES_BY_ID } from './catalog.ts';
export {
  computeTimeline,
  entryToJson,
  evaluateRule,
  ruleApplies,
  type EntryJson,
  type TimelineOptions,
} from './timeline.ts';
export type { Entry, EventRef, Profile, RuleContext, RuleDefinition, Status } from './types.ts';
