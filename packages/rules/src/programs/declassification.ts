import { PROGRAMS } from './catalog.ts';
import { parseDate } from './dates.ts';
import { requireAmount } from './violation.ts';
import type { Violation } from './violation.ts';

/** Declassification support services as recommended; a field left out is not yet recorded. */
export interface DeclassificationSupport {
  projectedStart?: string;
  durationMonths?: number;
}

/**
 * "Upon recommending that a student be declassified, the CSE shall identify any
 * declassification support services including the projected date of initiation of such
 * services and the duration" (PLAN, Declassification Support Services).
 */
export function checkDeclassificationSupport(support: DeclassificationSupport): Violation[] {
  if (support.projectedStart !== undefined) parseDate(support.projectedStart, 'projectedStart');
  if (support.durationMonths !== undefined) requireAmount(support.durationMonths, 'durationMonths');
  const missing = [
    support.projectedStart === undefined && 'projected start date',
    support.durationMonths === undefined && 'duration',
  ].filter((m): m is string => m !== false);
  if (missing.length === 0) return [];
  return [
    {
      check: 'declassification-support-record',
      program: 'declassification-support',
      message: `Declassification support services need their ${missing.join(' and ')} recorded.`,
      citation: PROGRAMS['declassification-support'].citation,
      facts: {
        projectedStartRecorded: support.projectedStart !== undefined,
        durationRecorded: support.durationMonths !== undefined,
      },
    },
  ];
}
