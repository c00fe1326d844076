import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { MEETING_NOTICE_ELEMENTS, PWN_ELEMENT_IDS } from '@continuum/rules/notices/index.ts';
import type { Translator } from '@continuum/web';

export interface NoticeToRender {
  kind: 'prior-written-notice' | 'meeting-notice';
  proposal: 'proposes' | 'refuses' | null;
  subjects: readonly string[];
  content: Readonly<Record<string, string>>;
  studentName: string;
  parentName: string;
  sentOn: string;
  /** The parent's native language when the product cannot write it: the notice says so. */
  translationNeededFor: string | null;
}

/** The notice as a pdfmake document, headings and standard wording in the translator's language. */
export function noticeDocument(notice: NoticeToRender, i18n: Translator): TDocumentDefinitions {
  const { t } = i18n;
  const title = t(`notices.kind.${notice.kind}`);
  const elements: readonly string[] =
    notice.kind === 'prior-written-notice' ? PWN_ELEMENT_IDS : MEETING_NOTICE_ELEMENTS;
  const body: Content[] = [
    { text: title, style: 'title' },
    { text: t('notices.pdf.to', { name: notice.parentName }) },
    { text: t('notices.pdf.student', { name: notice.studentName }) },
    { text: t('notices.pdf.date', { date: i18n.formatDate(notice.sentOn) }), margin: [0, 0, 0, 8] },
  ];
  if (notice.translationNeededFor)
    body.push({
      text: t('notices.pdf.translation', {
        language: i18n.languageName(notice.translationNeededFor),
      }),
      bold: true,
      margin: [0, 0, 0, 8],
    });
  if (notice.kind === 'prior-written-notice' && notice.proposal)
    body.push({
      text: t(`notices.pdf.${notice.proposal}`, {
        subjects: notice.subjects.map((s) => t(`notices.subject.${s}` as never)).join(', '),
      }),
      margin: [0, 0, 0, 8],
    });
  for (const id of elements) {
    body.push({ text: t(`notices.element.${id}` as never), style: 'heading' });
    body.push({ text: notice.content[id] ?? '', margin: [0, 0, 0, 6] });
  }
  return {
    info: { title },
    pageSize: 'LETTER',
    pageMargins: [54, 54, 54, 54],
    content: body,
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 12] },
      heading: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
    },
    defaultStyle: { fontSize: 10, lineHeight: 1.2 },
  };
}
