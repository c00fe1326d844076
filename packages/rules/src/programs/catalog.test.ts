import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import { PROGRAM_IDS, PROGRAMS, isProgramId, isSpecialClass } from './catalog.ts';
import { DISABILITY_CLASSIFICATIONS } from './classifications.ts';
import { IEP_CONTENT_AREAS } from './iep-content.ts';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('program catalog (programs.md, Program standards catalog)', () => {
  const schoolAge = [
    'related-service',
    'consultant-teacher-direct',
    'consultant-teacher-indirect',
    'resource-room',
    'ict',
    'special-class-15-1',
    'special-class-12-1-1',
    'special-class-12-1-3-1',
    'special-class-8-1-1',
    'special-class-6-1-1',
    'special-class-8-1-3',
    'special-class-12-1-1-boces',
    'declassification-support',
    'home-hospital',
    'day-treatment',
    'residential',
  ];
  const preschool = [
    'preschool-related-services',
    'seit',
    'preschool-special-class',
    'preschool-residential',
  ];
  test('every school-age program id of programs.md is in the catalog as school-age', () => {
    for (const id of schoolAge)
      assert.equal(isProgramId(id) && PROGRAMS[id].level, 'school-age', id);
  });
  test('every preschool program id of programs.md is in the catalog as preschool', () => {
    for (const id of preschool)
      assert.equal(isProgramId(id) && PROGRAMS[id].level, 'preschool', id);
  });
  test('the catalog holds exactly those ids, each with a label and a citation', () => {
    assert.deepEqual([...PROGRAM_IDS].sort(), [...schoolAge, ...preschool].sort());
    for (const id of PROGRAM_IDS) assert.ok(PROGRAMS[id].label && PROGRAMS[id].citation, id);
  });
  test('the special classes are the seven school-age ratio programs, each ratio matching its id', () => {
    const special = PROGRAM_IDS.filter(isSpecialClass);
    assert.equal(special.length, 7);
    for (const id of special) {
      const { ratio } = PROGRAMS[id].limits;
      assert.ok(id.startsWith(`special-class-${ratio.maxStudents}-${ratio.teachers}`), id);
    }
    assert.equal(isSpecialClass('preschool-special-class'), false);
  });
  test('an unknown id is not a program', () => assert.equal(isProgramId('toString'), false));
});

describe('disability classifications (PLAN, Disability by Type and Age)', () => {
  test('thirteen school-age classifications including Deaf-Blindness', () => {
    const schoolAge = DISABILITY_CLASSIFICATIONS.filter((c) => c.level === 'school-age');
    assert.equal(schoolAge.length, 13);
    assert.ok(schoolAge.some((c) => c.id === 'deaf-blindness'));
  });
  test('preschool children are "preschool student with a disability"', () => {
    assert.deepEqual(
      DISABILITY_CLASSIFICATIONS.filter((c) => c.level === 'preschool').map((c) => c.id),
      ['preschool-student-with-a-disability'],
    );
  });
  test('ids are distinct and kebab-case', () => {
    const ids = DISABILITY_CLASSIFICATIONS.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, KEBAB);
  });
});

describe('IEP content areas (PLAN, CSE referral process)', () => {
  test('thirteen areas with distinct kebab-case ids, each cited', () => {
    const ids = IEP_CONTENT_AREAS.map((a) => a.id);
    assert.equal(ids.length, 13);
    assert.equal(new Set(ids).size, ids.length);
    for (const area of IEP_CONTENT_AREAS) {
      assert.match(area.id, KEBAB);
      assert.ok(area.citation);
    }
  });
  test('promotion criteria apply in grades 3-8 (PSN NYC addendum)', () => {
    const promotion = IEP_CONTENT_AREAS.find((a) => a.id === 'promotion-criteria');
    assert.equal(promotion?.when, 'grades 3-8');
  });
});
