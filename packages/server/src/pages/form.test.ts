import { test } from 'node:test';
import { z } from 'zod';
import assert from 'node:assert/strict';
import { createStudentBody, enrollmentBody, updateStudentBody } from '../students/schemas.ts';
import { InvalidInputError } from '../errors.ts';
import { coerceForm, parseForm, refusedState } from './form.ts';

const studentShape = {
  fields: [
    'studentNumber',
    'legalFirstName',
    'legalLastName',
    'preferredName',
    'dateOfBirth',
    'level',
    'grade',
    'nativeLanguage',
    'classification',
    'homeless',
    'wardOfState',
  ],
  booleans: ['homeless', 'wardOfState'],
  numbers: ['version'],
  nullable: ['preferredName', 'grade', 'classification'],
} as const;

const filled = {
  _csrf: 'token',
  studentNumber: 'S-9',
  legalFirstName: 'Ann',
  legalLastName: 'Lee',
  preferredName: '',
  dateOfBirth: '2020-02-02',
  level: 'preschool',
  grade: '',
  nativeLanguage: 'es',
  classification: '',
  wardOfState: 'true',
};

test('checkboxes become booleans, empty optional answers null, and the CSRF field is dropped', () => {
  assert.deepEqual(coerceForm(filled, studentShape), {
    studentNumber: 'S-9',
    legalFirstName: 'Ann',
    legalLastName: 'Lee',
    preferredName: null,
    dateOfBirth: '2020-02-02',
    level: 'preschool',
    grade: null,
    nativeLanguage: 'es',
    classification: null,
    homeless: false,
    wardOfState: true,
  });
});

test('an empty required answer is missing, and the schema names its field', () => {
  const result = parseForm(
    { ...filled, legalFirstName: '', dateOfBirth: 'soon' },
    studentShape,
    createStudentBody,
  );
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.deepEqual(result.state.invalid, ['legalFirstName', 'dateOfBirth']);
    assert.equal(result.state.general, false);
    assert.equal(result.state.values.dateOfBirth, 'soon');
  }
});

test('a whole number becomes a number; anything else is left for the schema to refuse', () => {
  const ok = parseForm({ ...filled, version: '4' }, studentShape, updateStudentBody);
  assert.equal(ok.ok && ok.data.version, 4);
  const bad = parseForm({ ...filled, version: '4x' }, studentShape, updateStudentBody);
  assert.equal(!bad.ok && bad.state.general, true);
});

test('a cross-field rule is reported on its field (a school-age student needs a grade)', () => {
  const result = parseForm({ ...filled, level: 'school-age' }, studentShape, createStudentBody);
  assert.deepEqual(!result.ok && result.state.invalid, ['grade']);
});

test('a field the form does not show, or an unknown one, is a general problem', () => {
  const result = parseForm(
    { siteId: 'x', startsOn: '2025-01-01', extra: '1' },
    { fields: ['siteId', 'startsOn', 'endsOn'] },
    enrollmentBody,
  );
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.deepEqual(result.state.invalid, ['siteId']);
    assert.equal(result.state.general, true);
  }
});

test("a use case's refusal marks its field", () => {
  const state = refusedState(
    studentShape,
    filled,
    new InvalidInputError([{ path: 'studentNumber', message: 'taken' }]),
  );
  assert.deepEqual(state.invalid, ['studentNumber']);
  assert.equal(state.general, false);
});

test('a group of checkboxes is a list: none ticked is empty, one ticked is a list of one', () => {
  const shape = { fields: ['roles', 'title'], lists: ['roles'], blankable: ['title'] } as const;
  assert.deepEqual(coerceForm({ title: '' }, shape), { title: '', roles: [] });
  assert.deepEqual(coerceForm({ roles: 'teacher' }, shape), { roles: ['teacher'] });
  assert.deepEqual(coerceForm({ roles: ['teacher', 'seit'] }, shape), {
    roles: ['teacher', 'seit'],
  });
});

test('decode shapes the values for the schema, and the form shown again keeps them as sent', () => {
  const shape = {
    fields: ['committees'],
    lists: ['committees'],
    decode: (values: Record<string, unknown>) => ({
      ...values,
      committees: (values.committees as string[]).map((c) => ({ committee: c })),
    }),
  } as const;
  const schema = z.strictObject({
    committees: z.array(z.strictObject({ committee: z.enum(['cse', 'cpse']) })),
  });
  const ok = parseForm({ committees: ['cse', 'cpse'] }, shape, schema);
  assert.deepEqual(ok.ok && ok.data, { committees: [{ committee: 'cse' }, { committee: 'cpse' }] });
  const bad = parseForm({ committees: 'xyz' }, shape, schema);
  assert.deepEqual(!bad.ok && bad.state, {
    values: { committees: ['xyz'] },
    invalid: ['committees'],
    general: false,
  });
});
