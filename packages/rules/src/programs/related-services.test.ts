import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import { checkRelatedServiceGroupSize } from './related-services.ts';
import type { SessionParticipant } from './related-services.ts';

const SOURCE = 'PLAN, Related Services; programs.md, related-service: group size as on the IEP';
const group = (...sizes: number[]): SessionParticipant[] =>
  sizes.map((iepGroupSize, i) => ({ studentId: `s${i}`, iepGroupSize }));

describe('related services: group size as on the IEP', () => {
  const cases: {
    name: string;
    source: string;
    participants: SessionParticipant[];
    flagged: string[];
  }[] = [
    {
      name: 'a speech group of three whose IEPs allow groups of three is within them',
      source: SOURCE,
      participants: group(3, 3, 3),
      flagged: [],
    },
    {
      name: 'a speech group of four exceeds an IEP group size of three',
      source: SOURCE,
      participants: group(3, 5, 5, 5),
      flagged: ['s0'],
    },
    {
      name: 'a student with individual sessions on the IEP may not be seen in a pair',
      source: SOURCE,
      participants: group(1, 2),
      flagged: ['s0'],
    },
    {
      name: 'a student with individual sessions seen alone is within the IEP',
      source: SOURCE,
      participants: group(1),
      flagged: [],
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkRelatedServiceGroupSize({
        program: 'related-service',
        sessionId: 'x1',
        service: 'speech-language therapy',
        participants: c.participants,
      });
      assert.deepEqual(
        found.map((v) => v.facts.studentId),
        c.flagged,
      );
      for (const v of found) assert.equal(v.check, 'related-service-group-size');
    });
  }
  test('an IEP group size of zero is refused, naming the field', () => {
    assert.throws(
      () =>
        checkRelatedServiceGroupSize({
          program: 'preschool-related-services',
          sessionId: 'x',
          service: 'OT',
          participants: group(0),
        }),
      { field: 'participants[0].iepGroupSize' },
    );
  });
});
