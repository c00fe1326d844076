import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import { checkIctClass, DEFAULT_PROGRAM_SETTINGS } from './ict.ts';
import type { ProgramSettings } from './ict.ts';

const SOURCE = 'programs.md, ict (8 NYCRR 200.6(g))';
const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);

describe('integrated co-teaching: students with disabilities at most the district cap', () => {
  const cases: {
    name: string;
    source: string;
    students: number;
    settings: ProgramSettings;
    over: number | null;
  }[] = [
    {
      name: "an ICT class with 12 students with disabilities is within New York's default cap",
      source: SOURCE,
      students: 12,
      settings: DEFAULT_PROGRAM_SETTINGS,
      over: null,
    },
    {
      name: 'an ICT class with 13 students with disabilities exceeds the default cap of 12',
      source: SOURCE,
      students: 13,
      settings: DEFAULT_PROGRAM_SETTINGS,
      over: 13,
    },
    {
      name: 'a district that sets its cap at 10 finds 11 students with disabilities too many',
      source: SOURCE,
      students: 11,
      settings: { ictMaxStudentsWithDisabilities: 10 },
      over: 11,
    },
    {
      name: 'a district cap of 10 allows exactly 10',
      source: SOURCE,
      students: 10,
      settings: { ictMaxStudentsWithDisabilities: 10 },
      over: null,
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkIctClass({ studentsWithDisabilitiesIds: ids(c.students) }, c.settings);
      assert.deepEqual(
        found.map((v) => v.facts.studentsWithDisabilities),
        c.over === null ? [] : [c.over],
      );
      for (const v of found) assert.equal(v.check, 'ict-class-size');
    });
  }
  test('a cap of zero is refused as a setting', () => {
    assert.throws(
      () =>
        checkIctClass({ studentsWithDisabilitiesIds: [] }, { ictMaxStudentsWithDisabilities: 0 }),
      {
        field: 'ictMaxStudentsWithDisabilities',
      },
    );
  });
});
