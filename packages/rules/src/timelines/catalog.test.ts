import { test } from 'node:test';

import assert from 'node:assert/strict';
import { appealCases } from './appeals.cases.ts';
import { CATALOG_IDS, RULES, RULES_BY_ID } from './catalog.ts';
import { checkCases } from './checks.cases.ts';
import { disciplineCases } from './discipline.cases.ts';
import { dueProcessCases } from './due-process.cases.ts';
import { evaluationCases } from './evaluation.cases.ts';
import { hearingCases } from './hearings.cases.ts';
import { preschoolCases } from './preschool.cases.ts';
import { privatePlacementCases } from './private-placement.cases.ts';
import { recordsCases } from './records.cases.ts';
import { referralCases } from './referral.cases.ts';
import { resolutionCases } from './resolution.cases.ts';
import { stateComplaintCases } from './state-complaints.cases.ts';

const ALL_CASES = [
  ...appealCases,
  ...checkCases,
  ...disciplineCases,
  ...dueProcessCases,
  ...evaluationCases,
  ...hearingCases,
  ...preschoolCases,
  ...privatePlacementCases,
  ...recordsCases,
  ...referralCases,
  ...resolutionCases,
  ...stateComplaintCases,
];

test('every rule and check id of the catalog has exactly one implementation', () => {
  for (const id of CATALOG_IDS) assert.ok(RULES_BY_ID.get(id), `${id} has no implementation`);
  assert.equal(
    RULES.length,
    CATALOG_IDS.length,
    'an implementation is registered twice or has an unknown id',
  );
});

test('every rule and check id has at least three test cases, each citing its source', () => {
  for (const id of CATALOG_IDS) {
    const cases = ALL_CASES.filter((c) => c.rule === id);
    assert.ok(cases.length >= 3, `${id} has ${cases.length} test cases; at least 3 are needed`);
    for (const c of cases) assert.ok(c.source.length > 0, `${id}: "${c.name}" cites no source`);
  }
});

test('every implementation carries a citation to its source passage', () => {
  for (const rule of RULES) assert.match(rule.citation, /^(PSN|PLAN|PREK)\b/, rule.id);
});
