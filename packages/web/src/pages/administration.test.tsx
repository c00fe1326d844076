import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTranslator } from '../i18n/i18n.ts';
import type { PageContext } from '../components/layout.tsx';
import { renderDocument } from '../render.ts';
import { SiteEditPage, SitesPage } from './sites.tsx';
import { StaffFormPage, committeeOf, committeeValue } from './staff-form.tsx';
import { StaffPage } from './staff.tsx';
import { AccountPage, PasswordPage, SecondFactorPage, groupedKey } from './account.tsx';
import { GuardianEditPage } from './guardian-edit.tsx';
import { StudentPage } from './student.tsx';
import type { SiteView, StaffView, StudentDetailView } from './types.ts';

const page = (
  locale: 'en' | 'es' = 'en',
  nav: PageContext['nav'] = { directory: true },
): PageContext => ({
  i18n: createTranslator(locale),
  user: { displayName: 'Dana Admin' },
  csrfToken: 'token-1',
  demo: false,
  url: '/sites',
  nav,
});

const site: SiteView = {
  id: '00000000-0000-4000-8000-0000000000a1',
  name: 'PS 12',
  kind: 'district-school',
  address: '1 Main St',
  version: 2,
};
const staff: StaffView = {
  id: '00000000-0000-4000-8000-0000000000b1',
  fullName: 'Sam Teacher',
  title: 'Teacher',
  email: 'sam@district.test',
  roles: ['teacher'],
  siteIds: [site.id],
  committees: [{ committee: 'cse', siteId: null }],
  disabled: false,
  version: 5,
};
const kinds = ['district-school', 'pre-k-center'];
const roles = ['district-admin', 'teacher'];
const passwordLength = { withoutSecondFactor: 15, withSecondFactor: 8 };

test('the sites page offers the add form and edit links only to administrators', () => {
  const reader = renderDocument(<SitesPage page={page()} sites={[site]} />);
  assert.doesNotMatch(reader, /Add a site/);
  assert.doesNotMatch(reader, /\/edit/);
  const admin = renderDocument(
    <SitesPage page={page()} sites={[site]} administer={{ kinds }} notice="created" />,
  );
  assert.match(admin, /<h2 id="add-site-heading">Add a site<\/h2>/);
  assert.match(admin, /<label class="usa-label" for="site-name">Name<\/label>/);
  assert.match(admin, /<option value="pre-k-center">Pre-K center<\/option>/);
  assert.match(
    admin,
    /<a href="\/sites\/[^"]+\/edit">Edit<span class="usa-sr-only"> PS 12<\/span><\/a>/,
  );
  assert.match(admin, /The site was added\./);
});

test('the site form binds its errors to its fields, and the edit form sends the version', () => {
  const failed = renderDocument(
    <SitesPage
      page={page()}
      sites={[]}
      administer={{ kinds, form: { values: {}, invalid: ['name', 'kind'] } }}
    />,
  );
  assert.match(failed, /<title>Error: Sites – Continuum<\/title>/);
  assert.match(failed, /<a href="#site-kind">Select the kind of site<\/a>/);
  assert.match(failed, /id="site-name" aria-describedby="site-name-error" aria-invalid="true"/);
  const edit = renderDocument(<SiteEditPage page={page()} site={site} kinds={kinds} />);
  assert.match(edit, /name="version" value="2"/);
  assert.match(edit, /value="PS 12"/);
  const conflict = renderDocument(
    <SiteEditPage
      page={page()}
      site={site}
      kinds={kinds}
      conflict={{ ...site, name: 'PS 12 Annex', version: 3 }}
    />,
  );
  assert.match(conflict, /Someone else changed this site/);
  assert.match(conflict, /<dd>PS 12 Annex<\/dd>/);
  assert.match(conflict, /name="version" value="3"/);
});

test('committee checkboxes name the committee and the whole district or one site', () => {
  assert.equal(committeeValue({ committee: 'cse', siteId: null }), 'cse:district');
  assert.deepEqual(committeeOf('cpse:abc'), { committee: 'cpse', siteId: 'abc' });
  assert.deepEqual(committeeOf('cse:district'), { committee: 'cse', siteId: null });
  assert.equal(committeeOf('board:x'), 'board:x');
});

test('the staff form: roles, sites and committees as checkboxes, the password rules as a hint', () => {
  const html = renderDocument(
    <StaffFormPage
      page={page()}
      mode={{ kind: 'new' }}
      roles={roles}
      sites={[site]}
      passwordLength={passwordLength}
    />,
  );
  assert.match(html, /<legend class="usa-legend">Roles<\/legend>/);
  assert.match(html, /id="staff-roles-1" type="checkbox" name="roles" value="teacher"/);
  assert.match(html, /<legend class="usa-legend">Committee on Special Education \(CSE\)<\/legend>/);
  assert.match(html, /type="checkbox" name="committees" value="cpse:district"/);
  assert.match(html, /At least 15 characters, or 8 if you use an authenticator app/);
  assert.match(html, /for="staff-initialPassword">First password</);
});

test('the staff edit form starts from the record, sends the version, and offers to disable the account', () => {
  const html = renderDocument(
    <StaffFormPage
      page={page()}
      mode={{ kind: 'edit', staff, self: false }}
      roles={roles}
      sites={[site]}
      passwordLength={passwordLength}
    />,
  );
  assert.match(html, /name="version" value="5"/);
  assert.match(html, /name="roles" checked="" value="teacher"/);
  assert.match(html, /checked="" value="cse:district"/);
  assert.doesNotMatch(html, /initialPassword/);
  assert.match(html, /ends Sam Teacher&#x27;s sessions at once/);
  assert.match(html, /<input type="hidden" name="disabled" value="true"\/>/);
  const self = renderDocument(
    <StaffFormPage
      page={page()}
      mode={{ kind: 'edit', staff, self: true }}
      roles={roles}
      sites={[site]}
      passwordLength={passwordLength}
    />,
  );
  assert.doesNotMatch(self, /Disable account/);
  const failed = renderDocument(
    <StaffFormPage
      page={page()}
      mode={{ kind: 'new' }}
      roles={roles}
      sites={[site]}
      passwordLength={passwordLength}
      form={{ values: { committees: ['cpse:district'] }, invalid: ['roles'] }}
    />,
  );
  assert.match(failed, /<a href="#staff-roles">Select at least one role<\/a>/);
  assert.match(failed, /aria-describedby="staff-roles-hint staff-roles-error"/);
  assert.match(failed, /checked="" value="cpse:district"/);
});

test('the staff list links to the forms only for administrators', () => {
  assert.doesNotMatch(
    renderDocument(<StaffPage page={page()} staff={[staff]} sites={[site]} administer={false} />),
    /Add a staff member/,
  );
  const admin = renderDocument(
    <StaffPage page={page()} staff={[staff]} sites={[site]} administer notice="disabled" />,
  );
  assert.match(admin, /href="\/staff\/new"/);
  assert.match(admin, /signed out everywhere/);
});

test('the account pages: who you are, the password rules, the key grouped for typing', () => {
  const account = renderDocument(
    <AccountPage
      page={page()}
      account={{
        displayName: 'Dana Admin',
        email: 'dana@district.test',
        roles: ['district-admin'],
        secondFactor: 'off',
      }}
    />,
  );
  assert.match(account, /<dd>dana@district.test<\/dd>/);
  assert.match(account, /<dd>Not set up<\/dd>/);
  assert.match(account, /href="\/account\/second-factor"/);
  const password = renderDocument(
    <PasswordPage
      page={page()}
      passwordLength={passwordLength}
      form={{ values: { newPassword: 'secret-typed' }, invalid: ['confirmPassword'] }}
    />,
  );
  assert.match(password, /for="password-currentPassword">Current password</);
  assert.match(
    password,
    /<a href="#password-confirmPassword">Enter the same new password again<\/a>/,
  );
  assert.doesNotMatch(password, /secret-typed/, 'a password is never sent back into the page');
  assert.equal(groupedKey('JBSWY3DPEHPK3PXP'), 'JBSW Y3DP EHPK 3PXP');
  const key = {
    secret: 'JBSWY3DPEHPK3PXP',
    uri: 'otpauth://totp/Continuum:dana?secret=JBSWY3DPEHPK3PXP',
  };
  const setup = renderDocument(
    <SecondFactorPage
      page={page('en', { directory: false, accountOnly: true })}
      step={{ kind: 'confirm', key }}
      required
    />,
  );
  assert.match(setup, /A second factor is required/);
  assert.match(setup, /JBSW Y3DP EHPK 3PXP/);
  assert.match(setup, /enter this key in your authenticator app/);
  assert.match(setup, /<code>otpauth:\/\/totp\//);
  assert.doesNotMatch(
    setup,
    /href="\/students"/,
    'until it is set up, only the account pages are offered',
  );
  const restricted = renderDocument(
    <AccountPage
      page={page('en', { directory: false, accountOnly: true })}
      account={{
        displayName: 'Dana Admin',
        email: 'dana@district.test',
        roles: ['district-admin'],
        secondFactor: 'off',
      }}
    />,
  );
  assert.doesNotMatch(restricted, /href="\/account\/password"/);
  const spanish = renderDocument(
    <SecondFactorPage page={page('es')} step={{ kind: 'start' }} required={false} />,
  );
  assert.match(spanish, /Empezar la configuración/);
});

const student: StudentDetailView = {
  id: '00000000-0000-4000-8000-000000000001',
  studentNumber: 'S-1',
  legalFirstName: 'Ann',
  legalLastName: 'Lee',
  preferredName: null,
  dateOfBirth: '2015-04-02',
  level: 'school-age',
  grade: '4',
  classification: null,
  nativeLanguage: 'es',
  homeless: false,
  wardOfState: false,
  version: 1,
  guardians: [
    {
      id: 'g1',
      fullName: 'Rosa Lee',
      relationship: 'mother',
      email: null,
      phone: null,
      address: null,
      preferredLanguage: 'es',
      educationalAuthority: true,
      authorityLimit: null,
      version: 7,
    },
  ],
  enrollments: [
    { id: 'e1', siteName: 'PS 12', startsOn: '2024-09-01', endsOn: null },
    { id: 'e0', siteName: 'PS 9', startsOn: '2022-09-01', endsOn: '2024-06-30' },
  ],
  abilities: {
    editProfile: true,
    editGuardians: true,
    editEnrollment: true,
    viewAccessLog: false,
    manageCase: true,
  },
};

test('the student page links to each guardian edit page and ends only current enrollments', () => {
  const html = renderDocument(
    <StudentPage
      page={page()}
      student={student}
      endEnrollmentForm={{ enrollmentId: 'e1', state: { values: {}, invalid: ['endsOn'] } }}
    />,
  );
  assert.match(
    html,
    /href="\/students\/[^"]+\/guardians\/g1\/edit">Edit<span class="usa-sr-only"> Rosa Lee/,
  );
  assert.match(html, /action="\/students\/[^"]+\/enrollments\/e1\/end"/);
  assert.doesNotMatch(html, /enrollments\/e0\/end/);
  assert.match(html, /<a href="#end-e1-endsOn">Enter the end date as a real date/);
  assert.match(html, /<title>Error: Lee, Ann/);
});

test('the guardian edit page sends the guardian version, and after a conflict the newer one', () => {
  const guardian = student.guardians[0]!;
  const html = renderDocument(
    <GuardianEditPage page={page()} student={student} guardian={guardian} />,
  );
  assert.match(html, /<h1>Edit parent or guardian: Rosa Lee<\/h1>/);
  assert.match(html, /name="version" value="7"/);
  assert.match(html, /value="mother"/);
  const conflict = renderDocument(
    <GuardianEditPage
      page={page()}
      student={student}
      guardian={guardian}
      conflict={{ ...guardian, phone: '555-0100', version: 8 }}
    />,
  );
  assert.match(conflict, /Someone else changed this parent or guardian/);
  assert.match(conflict, /<dd>555-0100<\/dd>/);
  assert.match(conflict, /name="version" value="8"/);
});
