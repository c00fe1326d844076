import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PwnContent, PwnElement } from './prior-written-notice.ts';
import { PWN_ELEMENTS, missingPwnElements, pwnElementCitation } from './prior-written-notice.ts';
import { noticeLanguage } from './language.ts';
import { channelRefusal } from './delivery.ts';
import type { ChannelRefusal } from './delivery.ts';
import { missingMeetingNoticeElements } from './meeting-notice.ts';

const complete: Record<PwnElement, string> = {
  action: 'The CSE proposes to evaluate the student.',
  reasons: 'The teacher referred the student after interventions.',
  evaluationBasis: 'Classroom observation; reading benchmark report.',
  safeguardsStatement: 'You have protections under the procedural safeguards of IDEA Part B.',
  safeguardsNoticeAccess: 'Ask the CSE office for a copy of the procedural safeguards notice.',
  helpResources: 'Your Special Education Parent Center.',
  optionsConsidered: 'Continuing interventions alone: rejected because progress was slow.',
  otherFactors: 'None beyond those described above.',
};

describe('prior written notice content (PSN, Prior written notice, Content of notice)', () => {
  const cases: { name: string; content: PwnContent; missing: PwnElement[] }[] = [
    {
      name: 'a notice with all eight elements may be sent (items 1-8)',
      content: complete,
      missing: [],
    },
    {
      name: 'an empty notice lacks every one of the eight elements, in the PSN order',
      content: {},
      missing: PWN_ELEMENTS.map((e) => e.id),
    },
    {
      name: 'item 1: the notice must describe the action the district proposes or refuses',
      content: { ...complete, action: '' },
      missing: ['action'],
    },
    {
      name: 'item 2: the notice must explain why the district proposes or refuses the action',
      content: { ...complete, reasons: null },
      missing: ['reasons'],
    },
    {
      name: 'item 3: the notice must describe each evaluation procedure, assessment, record or report used',
      content: { ...complete, evaluationBasis: '   \n ' },
      missing: ['evaluationBasis'],
    },
    {
      name: 'item 4: the notice must state that the parents have procedural safeguards protections',
      content: { ...complete, safeguardsStatement: undefined },
      missing: ['safeguardsStatement'],
    },
    {
      name: 'item 5: the notice must tell the parents how to obtain the procedural safeguards notice',
      content: { ...complete, safeguardsNoticeAccess: '' },
      missing: ['safeguardsNoticeAccess'],
    },
    {
      name: 'item 6: the notice must include resources to contact for help understanding IDEA Part B',
      content: { ...complete, helpResources: '' },
      missing: ['helpResources'],
    },
    {
      name: 'item 7: the notice must describe other choices considered and why they were rejected',
      content: { ...complete, optionsConsidered: '' },
      missing: ['optionsConsidered'],
    },
    {
      name: 'item 8: the notice must describe other reasons why the district proposed or refused the action',
      content: { ...complete, otherFactors: '\t' },
      missing: ['otherFactors'],
    },
    {
      name: 'several missing elements are each named',
      content: { ...complete, reasons: '', helpResources: '', otherFactors: '' },
      missing: ['reasons', 'helpResources', 'otherFactors'],
    },
  ];
  for (const c of cases)
    test(c.name, () => assert.deepEqual(missingPwnElements(c.content), c.missing));

  test('the PSN lists exactly eight elements, numbered 1 to 8', () => {
    assert.deepEqual(
      PWN_ELEMENTS.map((e) => e.item),
      [1, 2, 3, 4, 5, 6, 7, 8],
    );
  });

  test('each element cites its item of the PSN and the regulation', () => {
    assert.match(pwnElementCitation('optionsConsidered'), /item 7 .*34 CFR 300\.503\(b\)/);
  });
});

describe('the language of a notice (PSN, Notice in understandable language; Native language)', () => {
  const available = ['en', 'es'];
  const cases: {
    name: string;
    native: string;
    language: string;
    translationNeeded: boolean;
  }[] = [
    {
      name: 'a Spanish-speaking parent receives the notice in Spanish',
      native: 'es',
      language: 'es',
      translationNeeded: false,
    },
    {
      name: 'a regional variant of a language the product writes is that language',
      native: 'es-MX',
      language: 'es',
      translationNeeded: false,
    },
    {
      name: 'an English-speaking parent receives the notice in English',
      native: 'en',
      language: 'en',
      translationNeeded: false,
    },
    {
      name: 'a parent whose language the product cannot write gets English and a translation is needed',
      native: 'bn',
      language: 'en',
      translationNeeded: true,
    },
    {
      name: 'a parent whose mode of communication is sign language needs a translation',
      native: 'ase',
      language: 'en',
      translationNeeded: true,
    },
  ];
  for (const c of cases)
    test(c.name, () => {
      const chosen = noticeLanguage(c.native, available);
      assert.equal(chosen.language, c.language);
      assert.equal(chosen.translationNeeded, c.translationNeeded);
    });
});

describe('the channel of a notice (PSN, Electronic mail)', () => {
  const parent = { email: 'parent@example.org', address: '1 Main St' };
  const cases: {
    name: string;
    input: Parameters<typeof channelRefusal>[0];
    refusal: ChannelRefusal | null;
  }[] = [
    {
      name: 'a parent who chose e-mail may receive the notice by e-mail',
      input: { ...parent, channel: 'email', preference: 'email' },
      refusal: null,
    },
    {
      name: 'a parent who did not choose e-mail may not receive the notice by e-mail',
      input: { ...parent, channel: 'email', preference: 'mail' },
      refusal: 'email-not-chosen',
    },
    {
      name: 'a parent who chose e-mail but has no address cannot receive it by e-mail',
      input: { ...parent, email: ' ', channel: 'email', preference: 'email' },
      refusal: 'no-email-address',
    },
    {
      name: 'any parent may receive the notice by mail',
      input: { ...parent, channel: 'mail', preference: 'email' },
      refusal: null,
    },
    {
      name: 'mail needs a mailing address',
      input: { ...parent, address: null, channel: 'mail', preference: 'mail' },
      refusal: 'no-mailing-address',
    },
  ];
  for (const c of cases) test(c.name, () => assert.equal(channelRefusal(c.input), c.refusal));
});

describe('meeting notice content (8 NYCRR 200.5(c)(2))', () => {
  test('a meeting notice names what it lacks', () => {
    assert.deepEqual(
      missingMeetingNoticeElements({
        date: '2026-11-02',
        time: '09:00',
        place: 'Room 1',
        purpose: 'Annual review',
        attendees: '',
        rightToBringOthers: 'You may bring people.',
      }),
      ['attendees', 'rightToInterpreter'],
    );
  });
});
