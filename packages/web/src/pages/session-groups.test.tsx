import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTranslator } from '../i18n/i18n.ts';
import type { PageContext } from '../components/layout.tsx';
import { renderDocument } from '../render.ts';
import { groupText } from './service-views.tsx';
import { SessionGroupFormPage, SessionGroupPage } from './session-groups.tsx';
import type { SessionGroupView } from './session-groups.tsx';
import type { StudentDetailView } from './types.ts';
import { testStudent } from './test-support.ts';

const page = (locale: 'en' | 'es'): PageContext => ({
  i18n: createTranslator(locale),
  user: { displayName: 'Pat Provider' },
  csrfToken: 'token-1',
  demo: true,
  url: '/group-sessions/new',
});

const speech = { id: 'svc-1', program: 'related-service', service: 'Speech-language therapy' };
const children = [
  { studentId: 'a', studentName: 'Lee, Ann', services: [speech] },
  { studentId: 'b', studentName: 'Ruiz, Bo', services: [{ ...speech, id: 'svc-2' }] },
];

const student: StudentDetailView = { ...testStudent, id: 'a' };

const group: SessionGroupView = {
  id: 'g-1',
  date: '2026-11-16',
  status: 'delivered',
  minutes: 30,
  location: 'Speech room',
  note: '',
  providerName: 'Pat Provider',
  recordedAt: '2026-11-16T15:00:00.000Z',
  voided: null,
  members: [
    {
      studentId: 'a',
      studentName: 'Lee, Ann',
      studentNumber: 'S-1',
      sessionId: 's-1',
      ...speech,
      note: '',
    },
    {
      studentId: 'b',
      studentName: 'Ruiz, Bo',
      studentNumber: 'S-2',
      sessionId: 's-2',
      ...speech,
      note: 'Named ten.',
    },
  ],
  canVoid: true,
};

test('a child’s part of a group says how many others, in each language, and nothing more', () => {
  assert.equal(groupText(createTranslator('en'), { otherChildren: 1 }), 'with 1 other child');
  assert.equal(groupText(createTranslator('en'), { otherChildren: 3 }), 'with 3 other children');
  assert.equal(groupText(createTranslator('es'), { otherChildren: 1 }), 'con 1 niño más');
  assert.equal(groupText(createTranslator('es'), { otherChildren: 2 }), 'con 2 niños más');
});

test('the group form labels each child’s service, and names a child’s problem at their row', () => {
  const html = renderDocument(
    <SessionGroupFormPage
      page={page('en')}
      today="2026-11-16"
      children={children}
      form={{ values: { 'member.1.serviceId': 'svc-2' }, invalid: ['member.1.studentId'] }}
    />,
  );
  assert.match(
    html,
    /<label class="usa-label" for="group-member-0-serviceId">Service for Lee, Ann<\/label>/,
  );
  assert.match(
    html,
    /href="#group-member-1-serviceId">Ruiz, Bo: you may not log sessions for this child/,
  );
  const es = renderDocument(
    <SessionGroupFormPage page={page('es')} today="2026-11-16" children={children} />,
  );
  assert.match(es, /<h1>Registrar una sesión de grupo<\/h1>/);
  assert.match(es, /Servicio para Ruiz, Bo/);
});

test('the group log names every child, warns that it is on more than one child, and speaks Spanish', () => {
  const html = renderDocument(
    <SessionGroupPage page={page('en')} student={student} group={group} />,
  );
  assert.match(html, /Lee, Ann/);
  assert.match(html, /Ruiz, Bo/);
  assert.match(html, /a record on more than one child/);
  assert.match(html, /Void the group session/);
  const es = renderDocument(<SessionGroupPage page={page('es')} student={student} group={group} />);
  assert.match(es, /concierne a más de un niño/);
  assert.match(es, /Niños de este grupo/);
});
