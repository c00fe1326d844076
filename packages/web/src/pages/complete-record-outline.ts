import type { Translator } from '../i18n/i18n.ts';
import type { CompleteRecordView } from './complete-record-types.ts';
import type { IepVersionFullView } from './iep-types.ts';
import { classificationLabel, codeLabel } from './options.ts';
import { groupText, sessionStatusText } from './service-views.tsx';
import { copyText } from './record-copy-text.ts';
import { disclosureDetailRows } from './disclosures.tsx';
import type { AmendmentStatementRecordView } from './amendments.tsx';
import { amendmentDetailRows, statementHeading } from './amendments.tsx';
import { recordTypeLabel } from './amendment-forms.tsx';
import { informedText, requestedText } from './destruction.tsx';
import { dueLabel, eventLabel, statusLabel } from './timeline-labels.ts';

export { copyText } from './record-copy-text.ts';

/**
 * A child's complete record worded for people, one section per key of the record: the page
 * renders it as HTML and the copy renders the same outline as a PDF, so the two never differ.
 * A new section is one more entry in `sectionOrder` and one more function in `outliners`.
 */

export interface OutlineItem {
  heading: string;
  rows: readonly (readonly [string, string])[];
  /** A link the page shows (a stored document's download). */
  link?: { href: string; text: string };
  /** An IEP version: the page shows its content with the IEP's own view, the copy with the IEP's document. */
  iepVersion?: IepVersionFullView;
}

/** A parent's statement with its words: which record, when, by whom (the copy prints `heading`). */
export interface OutlineStatement extends AmendmentStatementRecordView {
  heading: string;
}

export interface OutlineSection {
  key: SectionKey;
  heading: string;
  items: readonly OutlineItem[];
  /**
   * The parents' statements attached to this section's records, kept and shown with them (PSN,
   * Result of Hearing, 34 CFR 300.620(b)); in the amendments section, every statement.
   */
  statements: readonly OutlineStatement[];
}

type Sections = CompleteRecordView['sections'];
export type SectionKey = keyof Sections;

/** The order of the sections on the page and in the copy. */
export const sectionOrder = [
  'profile',
  'guardians',
  'enrollments',
  'caseTimeline',
  'referrals',
  'consents',
  'evaluations',
  'meetings',
  'ieps',
  'notices',
  'documents',
  'implementers',
  'serviceSessions',
  'escalations',
  'recordsRequests',
  'amendments',
  'accessLog',
  'disclosures',
  'destruction',
] as const satisfies readonly SectionKey[];

type Outliner<K extends SectionKey> = (
  i18n: Translator,
  s: Sections[K],
  record: CompleteRecordView,
) => OutlineItem[];

const yesNo = (i18n: Translator, v: boolean | null) =>
  v === null
    ? i18n.t('completeRecord.unknown')
    : i18n.t(v ? 'completeRecord.yes' : 'completeRecord.no');
const date = (i18n: Translator, d: string | null) => (d ? i18n.formatDate(d) : '-');

const outliners: { [K in SectionKey]: Outliner<K> } = {
  profile: (i18n, p) => [
    {
      heading: i18n.t('student.name', { first: p.legalFirstName, last: p.legalLastName }),
      rows: [
        [i18n.t('completeRecord.field.studentNumber'), p.studentNumber],
        [i18n.t('completeRecord.field.preferredName'), p.preferredName ?? '-'],
        [i18n.t('completeRecord.field.dateOfBirth'), date(i18n, p.dateOfBirth)],
        [i18n.t('completeRecord.field.grade'), p.grade ?? '-'],
        [
          i18n.t('completeRecord.field.classification'),
          classificationLabel(i18n, p.classification),
        ],
        [i18n.t('completeRecord.field.nativeLanguage'), i18n.languageName(p.nativeLanguage)],
        [i18n.t('completeRecord.field.homeless'), yesNo(i18n, p.homeless)],
        [i18n.t('completeRecord.field.wardOfState'), yesNo(i18n, p.wardOfState)],
      ],
    },
  ],
  guardians: (i18n, list) =>
    list.map((g) => ({
      heading: g.fullName,
      rows: [
        [i18n.t('completeRecord.field.relationship'), g.relationship],
        [i18n.t('completeRecord.field.authority'), yesNo(i18n, g.educationalAuthority)],
        [
          i18n.t('completeRecord.field.authorityLimit'),
          g.authorityLimit ?? i18n.t('completeRecord.noLimit'),
        ],
        [i18n.t('completeRecord.field.email'), g.email ?? '-'],
        [i18n.t('completeRecord.field.phone'), g.phone ?? '-'],
        [i18n.t('completeRecord.field.address'), g.address ?? '-'],
        [i18n.t('completeRecord.field.language'), i18n.languageName(g.preferredLanguage)],
      ],
    })),
  enrollments: (i18n, list) =>
    list.map((e) => ({
      heading: e.siteName,
      rows: [
        [i18n.t('completeRecord.field.from'), date(i18n, e.startsOn)],
        [i18n.t('completeRecord.field.to'), date(i18n, e.endsOn)],
      ],
    })),
  caseTimeline: (i18n, tl) => [
    ...tl.events.map((e) => ({
      heading: `${date(i18n, e.on)}: ${eventLabel(i18n, e.type)}`,
      rows: [
        [i18n.t('completeRecord.field.recordedBy'), e.recordedBy] as const,
        ...(e.voided
          ? ([
              [i18n.t('completeRecord.field.voided'), `${e.voided.by}: ${e.voided.reason ?? ''}`],
            ] as const)
          : []),
      ],
    })),
    ...tl.deadlines.map((d) => ({
      heading: d.rule,
      rows: [
        [i18n.t('timelines.due'), dueLabel(i18n, d.due)] as const,
        [i18n.t('timelines.status'), statusLabel(i18n, d.status)] as const,
        [i18n.t('completeRecord.field.citation'), d.citation] as const,
      ],
    })),
  ],
  referrals: (i18n, list) =>
    list.map((r) => ({
      heading: i18n.t('completeRecord.heading.referral', { date: date(i18n, r.submittedOn) }),
      rows: [
        [
          i18n.t('completeRecord.field.referrer'),
          `${r.referrerName} (${codeLabel(i18n, 'referral.referrerKind.', r.referrerKind)})`,
        ],
        [i18n.t('completeRecord.field.reason'), r.reason],
        [i18n.t('completeRecord.field.status'), codeLabel(i18n, 'referral.status.', r.status)],
      ],
    })),
  consents: (i18n, c) =>
    c.items.map((x) => ({
      heading: codeLabel(i18n, 'consent.type.', x.type),
      rows: [
        [i18n.t('completeRecord.field.requestedOn'), date(i18n, x.requestedOn)],
        [
          i18n.t('completeRecord.field.status'),
          `${codeLabel(i18n, 'consent.state.', x.state)} (${date(i18n, x.stateOn)})`,
        ],
        [i18n.t('completeRecord.field.description'), x.description],
      ],
    })),
  evaluations: (i18n, ev) => [
    ...ev.items.map((e) => ({
      heading: i18n.t('completeRecord.heading.evaluation', { date: date(i18n, e.requestedOn) }),
      rows: [
        [i18n.t('completeRecord.field.kind'), codeLabel(i18n, 'evaluation.kind.', e.kind)] as const,
        [i18n.t('completeRecord.field.completedOn'), date(i18n, e.completedOn)] as const,
        [i18n.t('completeRecord.field.eligible'), yesNo(i18n, e.eligible)] as const,
        [
          i18n.t('completeRecord.field.classification'),
          classificationLabel(i18n, e.classification),
        ] as const,
        ...e.components.map(
          (c) =>
            [
              codeLabel(i18n, 'evaluation.component.', c.component),
              [
                codeLabel(i18n, 'evaluation.status.', c.status),
                c.reportOn ? date(i18n, c.reportOn) : '',
                c.summary ?? '',
              ]
                .filter(Boolean)
                .join(' · '),
            ] as const,
        ),
      ],
    })),
    ...ev.ieeRequests.map((r) => ({
      heading: i18n.t('completeRecord.heading.iee', { date: date(i18n, r.receivedOn) }),
      rows: [[i18n.t('completeRecord.field.respondedOn'), date(i18n, r.respondedOn)] as const],
    })),
  ],
  meetings: (i18n, list) =>
    list.map((m) => ({
      heading: `${date(i18n, m.scheduledOn)}: ${codeLabel(i18n, 'meeting.purpose.', m.purpose)}`,
      rows: [
        [
          i18n.t('completeRecord.field.committee'),
          codeLabel(i18n, 'meeting.committee.', m.committee),
        ],
        [i18n.t('completeRecord.field.status'), m.status],
        [i18n.t('completeRecord.field.heldOn'), date(i18n, m.heldOn)],
        [
          i18n.t('completeRecord.field.members'),
          m.members
            .map((x) => `${x.fullName} (${codeLabel(i18n, 'meeting.role.', x.role)})`)
            .join('; ') || '-',
        ],
      ],
    })),
  ieps: (i18n, list) =>
    list.flatMap(({ iep, versions }) =>
      versions.map((v) => ({
        heading: i18n.t('completeRecord.heading.iepVersion', {
          committee: iep.committee.toUpperCase(),
          number: v.number,
          status: codeLabel(i18n, 'iep.status.', v.status),
        }),
        rows: [
          [i18n.t('completeRecord.field.savedBy'), v.savedBy],
          [
            i18n.t('completeRecord.field.finalizedAt'),
            v.finalizedAt ? i18n.formatDateTime(v.finalizedAt) : '-',
          ],
        ],
        iepVersion: v,
      })),
    ),
  notices: (i18n, n) => [
    ...n.notices.map((x) => ({
      heading: codeLabel(i18n, 'notices.kind.', x.kind),
      rows: [
        [
          i18n.t('completeRecord.field.status'),
          codeLabel(i18n, 'completeRecord.noticeStatus.', x.status),
        ] as const,
        [i18n.t('completeRecord.field.sentOn'), date(i18n, x.sentOn)] as const,
        [
          i18n.t('completeRecord.field.language'),
          x.language ? i18n.languageName(x.language) : '-',
        ] as const,
      ],
    })),
    ...n.safeguardsDeliveries.map((d) => ({
      heading: i18n.t('completeRecord.heading.safeguards', { date: date(i18n, d.deliveredOn) }),
      rows: [
        [
          i18n.t('completeRecord.field.reason'),
          codeLabel(i18n, 'notices.trigger.', d.trigger),
        ] as const,
      ],
    })),
  ],
  documents: (i18n, list, { studentId }) =>
    list.map((d) => ({
      heading: d.title,
      rows: [
        [i18n.t('completeRecord.field.kind'), d.kind],
        [i18n.t('completeRecord.field.created'), i18n.formatDateTime(d.created)],
      ],
      link: {
        href: `/students/${studentId}/documents/${d.id}`,
        text: i18n.t('completeRecord.download', { title: d.title }),
      },
    })),
  implementers: (i18n, im) => [
    ...im.assignments.map((a) => ({
      heading: `${a.staffName} (${codeLabel(i18n, 'distribution.role.', a.role)})`,
      rows: [[i18n.t('completeRecord.field.from'), date(i18n, a.startsOn)] as const],
    })),
    ...im.reviews.map((r) => ({
      heading: i18n.t('completeRecord.heading.review', {
        date: date(i18n, r.reviewedOn),
        number: r.versionNumber,
      }),
      rows: [
        [i18n.t('completeRecord.field.reviewedBy'), r.reviewedBy] as const,
        [i18n.t('completeRecord.field.responsibilities'), r.responsibilities] as const,
      ],
    })),
    ...im.reviewRequests.map((q) => ({
      heading: i18n.t('completeRecord.heading.reviewRequest', {
        date: i18n.formatDateTime(q.requestedAt),
      }),
      rows: [
        [i18n.t('completeRecord.field.teacher'), q.teacherName] as const,
        [i18n.t('completeRecord.field.note'), q.note] as const,
      ],
    })),
  ],
  serviceSessions: (i18n, list) =>
    list.map((s) => ({
      heading: `${date(i18n, s.date)}: ${s.service}`,
      rows: [
        [i18n.t('completeRecord.field.status'), sessionStatusText(i18n, s)] as const,
        [i18n.t('completeRecord.field.minutes'), String(s.minutes)] as const,
        [i18n.t('completeRecord.field.provider'), s.providerName] as const,
        // 34 CFR 300.615: of a group, only how many others were in it, never who.
        ...(s.group
          ? ([[i18n.t('completeRecord.field.group'), groupText(i18n, s.group)]] as const)
          : []),
        ...(s.voided ? ([[i18n.t('completeRecord.field.voided'), s.voided.reason]] as const) : []),
      ],
    })),
  escalations: (i18n, list) =>
    list.map((e) => ({
      heading: `${i18n.formatDateTime(e.filedAt)}: ${codeLabel(i18n, 'escalations.kind.', e.kind)}`,
      rows: [
        [i18n.t('completeRecord.field.reason'), codeLabel(i18n, 'escalations.problem.', e.problem)],
        [i18n.t('completeRecord.field.status'), e.status],
      ],
    })),
  recordsRequests: (i18n, list) =>
    list.map((r) => ({
      heading: i18n.t('recordsRequests.student.requestHeading', { date: date(i18n, r.receivedOn) }),
      rows: [
        [
          i18n.t('completeRecord.field.status'),
          i18n.t(`completeRecord.requestStatus.${r.status}`),
        ] as const,
        [i18n.t('completeRecord.field.providedOn'), date(i18n, r.providedOn)] as const,
        [
          i18n.t('completeRecord.field.explanationsGiven'),
          r.explanationsGivenOn
            ? `${date(i18n, r.explanationsGivenOn)} (${r.explanationsGivenBy ?? ''})`
            : '-',
        ] as const,
        ...r.copiesMade.map(
          (c) => [i18n.t('completeRecord.field.copy'), copyText(i18n, c)] as const,
        ),
      ],
    })),
  amendments: (i18n, list) =>
    list.map((r) => ({
      heading: i18n.t('amendments.student.requestHeading', {
        record: recordTypeLabel(i18n, r.recordType),
        date: date(i18n, r.receivedOn),
      }),
      rows: amendmentDetailRows(i18n, r),
    })),
  // The disclosures as the record of access shows them, with the statements disclosed with them.
  disclosures: (i18n, list, record) =>
    list.map((d) => ({
      heading: i18n.t('disclosures.entryHeading', {
        name: d.partyName,
        date: date(i18n, d.disclosedOn),
      }),
      rows: [
        ...disclosureDetailRows(i18n, d),
        ...record.statements
          .filter((st) => d.statementIds.includes(st.id))
          .map((st) => [statementHeading(i18n, st), st.statement] as const),
      ],
    })),
  destruction: (i18n, d) =>
    d.informedOn || d.requestedOn
      ? [
          {
            heading: i18n.t('destruction.student.statusHeading'),
            rows: [
              [i18n.t('destruction.column.informed'), informedText(i18n, d)] as const,
              ...(d.noticeEmailStatus
                ? ([
                    [
                      i18n.t('destruction.column.noticeEmail'),
                      i18n.t(`destruction.email.${d.noticeEmailStatus}`),
                    ],
                  ] as const)
                : []),
              [i18n.t('destruction.column.requested'), requestedText(i18n, d)] as const,
            ],
          },
        ]
      : [],
  accessLog: (i18n, list) =>
    list.map((e) => ({
      heading: `${i18n.formatDateTime(e.at)}: ${e.actor}`,
      rows: [
        [i18n.t('completeRecord.field.role'), e.actorRole],
        [
          i18n.t('completeRecord.field.recordType'),
          codeLabel(i18n, 'accessLog.recordType.', e.recordType),
        ],
        [i18n.t('completeRecord.field.action'), codeLabel(i18n, 'accessLog.actionName.', e.action)],
        [
          i18n.t('completeRecord.field.purpose'),
          codeLabel(i18n, 'accessLog.purposeName.', e.purpose),
        ],
      ],
    })),
};

export function completeRecordOutline(
  i18n: Translator,
  record: CompleteRecordView,
): OutlineSection[] {
  const item = <K extends SectionKey>(key: K): OutlineSection => ({
    key,
    heading: i18n.t(`completeRecord.section.${key}`),
    items: outliners[key](i18n, record.sections[key], record),
    statements: record.statements
      .filter((st) => key === 'amendments' || st.section === key)
      .map((st) => ({ ...st, heading: statementHeading(i18n, st) })),
  });
  return sectionOrder.map((key) => item(key));
}
