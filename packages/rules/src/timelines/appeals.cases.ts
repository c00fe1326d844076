import { ev, type RuleCase } from './testing.ts';

const SRO = 'PSN, State-level appeals';

export const appealCases: readonly RuleCase[] = [
  { rule: 'sro-notice-of-intention', name: 'the notice of intention to seek review is served within 25 calendar days of the decision', source: SRO, asOf: '2026-12-05', events: [ev('ihd-decision', '2026-12-01')], expect: [['2026-12-26', 'open']] },
  { rule: 'sro-notice-of-intention', name: 'the 25 days run across the year end', source: SRO, asOf: '2027-01-05', events: [ev('ihd-decision', '2026-12-20')], expect: [['2027-01-14', 'open']] },
  { rule: 'sro-notice-of-intention', name: 'each decision has its own notice date', source: SRO, asOf: '2027-03-01', events: [ev('ihd-decision', '2027-01-05'), ev('ihd-decision', '2027-02-20')], expect: [['2027-01-30', 'met'], ['2027-03-17', 'open']] },
  { rule: 'sro-request-for-review', name: 'the request for review reaches the SRO within 40 calendar days of the decision', source: SRO, asOf: '2027-01-20', events: [ev('ihd-decision', '2026-12-01'), ev('sro-request-received', '2027-01-05')], expect: [['2027-01-10', 'met']] },
  { rule: 'sro-request-for-review', name: 'a request received after 40 days is late', source: SRO, asOf: '2027-01-20', events: [ev('ihd-decision', '2026-12-01'), ev('sro-request-received', '2027-01-11')], expect: [['2027-01-10', 'late']] },
  { rule: 'sro-request-for-review', name: 'without a request the window closes after 40 days', source: SRO, asOf: '2027-01-11', events: [ev('ihd-decision', '2026-12-01')], expect: [['2027-01-10', 'overdue']] },
  { rule: 'sro-decision', name: 'the SRO decides within 30 calendar days of the request', source: 'PSN, Timelines and convenience of hearings and reviews', asOf: '2027-01-20', events: [ev('sro-request-received', '2027-01-05')], expect: [['2027-02-04', 'open']] },
  { rule: 'sro-decision', name: 'an SRO extension adds its days', source: 'PSN, Timelines and convenience of hearings and reviews', asOf: '2027-02-20', events: [ev('sro-request-received', '2027-01-05'), ev('sro-extension', '2027-02-01', { days: 14 }), ev('sro-decision', '2027-02-18')], expect: [['2027-02-18', 'met', 'plus 14 days of sro-extension']] },
  { rule: 'sro-decision', name: 'an SRO decision in a leap February counts the 29th', source: 'PSN, Timelines and convenience of hearings and reviews', asOf: '2028-03-10', events: [ev('sro-request-received', '2028-02-01')], expect: [['2028-03-02', 'overdue']] },
  { rule: 'civil-action', name: 'a civil action is brought within 4 calendar months; October 31 becomes February 28', source: 'PSN, Civil actions', asOf: '2026-11-01', events: [ev('sro-decision', '2026-10-31')], expect: [['2027-02-28', 'open']] },
  { rule: 'civil-action', name: 'in a leap year October 31 plus 4 months is February 29', source: 'PSN, Civil actions', asOf: '2027-11-01', events: [ev('sro-decision', '2027-10-31')], expect: [['2028-02-29', 'open']] },
  { rule: 'civil-action', name: 'a mid-month decision keeps its day of the month', source: 'PSN, Civil actions', asOf: '2027-08-01', events: [ev('sro-decision', '2027-03-15')], expect: [['2027-07-15', 'met']] },
];
