import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTranslator } from '../i18n/i18n.ts';
import type { PageContext } from '../components/layout.tsx';
import { renderDocument } from '../render.ts';
import { SignInPage } from './sign-in.tsx';
import { StudentFormPage } from './student-form.tsx';
import { StudentPage } from './student.tsx';
import { testStudent as student } from './test-support.ts';

const page = (locale: 'en' | 'es' = 'en', signedIn = true): PageContext => ({
  i18n: createTranslator(locale),
  user: signedIn ? { displayName: 'Avery Chair' } : null,
  csrfToken: signedIn ? 'token-1' : null,
  demo: true,
  url: '/students?q=ann',
});

test('the sign-in page labels its fields, shows the demo banner and sets the language', () => {
  const html = renderDocument(<SignInPage page={page('en', false)} />);
  assert.match(html, /^<!DOCTYPE html><html lang="en" dir="ltr">/);
  assert.match(html, /<label class="usa-label" for="sign-in-email">E-mail address<\/label>/);
  assert.match(html, /<label class="usa-label" for="sign-in-code">One-time code<\/label>/);
  assert.match(html, /Demo mode: synthetic data; second factor skipped/);
  assert.doesNotMatch(html, /Sign out/);
});

test('the sign-in page speaks Spanish', () => {
  const html = renderDocument(<SignInPage page={page('es', false)} />);
  assert.match(html, /<html lang="es" dir="ltr">/);
  assert.match(html, /<h1>Iniciar sesión<\/h1>/);
  assert.match(html, /Contraseña/);
});

test('an invalid field gets its message, linked by aria-describedby, and an autofocused summary', () => {
  const html = renderDocument(
    <StudentFormPage
      page={page()}
      mode={{ kind: 'new' }}
      form={{ values: { legalFirstName: '' }, invalid: ['legalFirstName', 'grade'] }}
    />,
  );
  assert.match(html, /<title>Error: Add a student – Continuum<\/title>/);
  assert.match(
    html,
    /<div class="usa-alert usa-alert--error continuum-error-summary" tabindex="-1" autofocus="">/,
  );
  assert.match(
    html,
    /<a href="#student-legalFirstName">Enter the student&#x27;s legal first name<\/a>/,
  );
  assert.match(html, /<span class="usa-error-message" id="student-legalFirstName-error">/);
  assert.match(
    html,
    /id="student-legalFirstName" aria-describedby="student-legalFirstName-error" aria-invalid="true"/,
  );
  assert.match(html, /aria-describedby="student-grade-hint student-grade-error"/);
  assert.match(html, /<input type="hidden" name="_csrf" value="token-1"\/>/);
});

test('the edit form sends the version of the record, or of the newer record after a conflict', () => {
  const mode = { kind: 'edit', studentId: student.id, version: 3, name: 'Lee, Ann' } as const;
  assert.match(
    renderDocument(<StudentFormPage page={page()} mode={mode} />),
    /name="version" value="3"/,
  );
  const conflict = renderDocument(
    <StudentFormPage
      page={page()}
      mode={mode}
      conflict={{ ...student, version: 4, legalFirstName: 'Anne' }}
    />,
  );
  assert.match(conflict, /name="version" value="4"/);
  assert.match(conflict, /Someone else changed this profile/);
  assert.match(conflict, /<dd>Anne<\/dd>/);
});

test('the record of access and the forms appear only when the abilities allow them', () => {
  const entry = {
    seq: 1,
    at: '2026-01-05T15:00:00Z',
    actor: 'Avery Chair',
    actorRole: 'chairperson',
    recordType: 'student-profile',
    action: 'read',
    purpose: 'view-student',
    outcome: 'allowed',
  } as const;
  const plain = renderDocument(<StudentPage page={page()} student={student} accessLog={[entry]} />);
  assert.doesNotMatch(plain, /Record of access/);
  assert.doesNotMatch(plain, /Add a parent or guardian/);
  const all = {
    editProfile: true,
    editGuardians: true,
    editEnrollment: true,
    viewAccessLog: true,
    manageCase: true,
  };
  const full = renderDocument(
    <StudentPage
      page={page()}
      student={{ ...student, abilities: all }}
      accessLog={[entry]}
      sites={[]}
    />,
  );
  assert.match(full, /<h2 id="access-heading">Record of access<\/h2>/);
  assert.match(full, /Committee chairperson/);
  assert.match(full, /Add a parent or guardian/);
  assert.match(full, /Enroll at a site/);
});
