import { ev, type RuleCase } from './testing.ts';

const TIMELINES = 'PSN, Timelines and convenience of hearings and reviews';
const APPEAL = 'PSN, Appeal (discipline)';
const parent = (date: string, extra: Record<string, unknown> = {}) => ev('dp-complaint-received', date, { filedBy: 'parent', ...extra });

export const hearingCases: readonly RuleCase[] = [
  { rule: 'dp-hearing-decision', name: 'the decision is due 45 calendar days after the resolution period ends (school-age)', source: TIMELINES, asOf: '2026-11-10', events: [parent('2026-10-05')], expect: [['2026-12-19', 'open']] },
  { rule: 'dp-hearing-decision', name: 'the decision is due 30 calendar days after the resolution period ends (preschool)', source: TIMELINES, level: 'preschool', asOf: '2026-11-10', events: [parent('2026-10-05')], expect: [['2026-12-04', 'open']] },
  { rule: 'dp-hearing-decision', name: 'after a waiver the hearing timeline starts the next day', source: 'PSN, Adjustments to the 30-calendar-day resolution period', asOf: '2026-11-10', events: [parent('2026-10-05'), ev('resolution-waived', '2026-10-10')], expect: [['2026-11-24', 'open', 'ended early by resolution-waived']] },
  { rule: 'dp-hearing-decision', name: 'after mediation is withdrawn the hearing timeline starts the next day', source: 'PSN, Adjustments to the 30-calendar-day resolution period', asOf: '2026-12-10', events: [parent('2026-10-05'), ev('mediation-continued', '2026-11-04'), ev('mediation-withdrawn', '2026-12-01')], expect: [['2027-01-15', 'open']] },
  { rule: 'dp-hearing-decision', name: 'while mediation continues the decision date is not yet known', source: 'PSN, Adjustments to the 30-calendar-day resolution period', asOf: '2026-12-10', events: [parent('2026-10-05'), ev('mediation-continued', '2026-11-04')], expect: [[null, 'open']] },
  { rule: 'dp-hearing-decision', name: 'an amended complaint restarts the resolution period and so the decision date', source: 'PSN, Resolution period', asOf: '2026-11-10', events: [parent('2026-10-05'), ev('dp-complaint-amended', '2026-10-15')], expect: [['2026-12-29', 'open']] },
  { rule: 'dp-hearing-decision', name: 'each specific extension granted by the hearing officer adds its days', source: TIMELINES, asOf: '2027-01-20', events: [parent('2026-10-05'), ev('hearing-extension', '2026-12-10', { days: 30 }), ev('ihd-decision', '2027-01-15')], expect: [['2027-01-18', 'met', 'plus 30 days of hearing-extension']] },
  { rule: 'dp-hearing-decision', name: 'a district complaint has no resolution period: 45 days from receipt', source: TIMELINES, asOf: '2026-11-25', events: [ev('dp-complaint-received', '2026-10-05', { filedBy: 'district' })], expect: [['2026-11-19', 'overdue']] },
  { rule: 'dp-hearing-decision', name: 'an expedited complaint follows the expedited timeline instead', source: APPEAL, asOf: '2026-10-10', events: [parent('2026-10-05', { expedited: true })], expect: [[null, 'not-applicable']] },
  { rule: 'expedited-hearing', name: 'an expedited hearing occurs within 20 school days of the request', source: APPEAL, asOf: '2026-10-10', events: [parent('2026-10-05', { expedited: true })], expect: [['2026-11-04', 'open', '2 non-instructional days skipped']] },
  { rule: 'expedited-hearing', name: 'an expedited hearing started on the 20th school day is in time', source: APPEAL, asOf: '2026-11-10', events: [ev('dp-complaint-received', '2026-10-05', { filedBy: 'district', expedited: true }), ev('hearing-started', '2026-11-04')], expect: [['2026-11-04', 'met']] },
  { rule: 'expedited-hearing', name: 'a regular complaint has no expedited hearing', source: APPEAL, asOf: '2026-11-10', events: [parent('2026-10-05')], expect: [] },
  { rule: 'expedited-decision', name: 'the expedited determination comes within 10 school days after the hearing', source: APPEAL, asOf: '2026-11-10', events: [parent('2026-10-05', { expedited: true }), ev('hearing-started', '2026-11-04')], expect: [['2026-11-19', 'open']] },
  { rule: 'expedited-decision', name: 'an expedited determination after 10 school days is late', source: APPEAL, asOf: '2026-12-01', events: [parent('2026-10-05', { expedited: true }), ev('hearing-started', '2026-11-04'), ev('ihd-decision', '2026-11-20')], expect: [['2026-11-19', 'late']] },
  { rule: 'expedited-decision', name: 'a regular hearing has no expedited decision date', source: APPEAL, asOf: '2026-12-01', events: [parent('2026-10-05'), ev('hearing-started', '2026-11-10')], expect: [] },
];
