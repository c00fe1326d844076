import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Translator } from '@continuum/web';
import type { WithdrawalService } from '../db/tables/referrals-consent.ts';

export interface AgreementToRender {
  studentName: string;
  submittedOn: string;
  meetingHeldOn: string;
  agreedOn: string;
  services: readonly WithdrawalService[];
  copies: { chairperson: string; referrer: string; parent: string; student: string | null };
  /** The parent's language when the product cannot write it: the agreement says so. */
  translationNeededFor: string | null;
}

/** The withdrawal agreement as a pdfmake document, in the translator's language (PLAN). */
export function agreementDocument(a: AgreementToRender, i18n: Translator): TDocumentDefinitions {
  const { t } = i18n;
  const date = (d: string) => i18n.formatDate(d);
  const title = t('referral.pdf.title');
  const body: Content[] = [
    { text: title, style: 'title' },
    { text: t('referral.pdf.student', { name: a.studentName }) },
    { text: t('referral.pdf.date', { date: date(a.agreedOn) }), margin: [0, 0, 0, 8] },
  ];
  if (a.translationNeededFor)
    body.push({
      text: t('referral.pdf.translation', { language: i18n.languageName(a.translationNeededFor) }),
      bold: true,
      margin: [0, 0, 0, 8],
    });
  body.push(
    {
      text: t('referral.pdf.statement', {
        meeting: date(a.meetingHeldOn),
        referral: date(a.submittedOn),
      }),
      margin: [0, 0, 0, 8],
    },
    { text: t('referral.pdf.services'), style: 'heading' },
    {
      ul: a.services.map((s) =>
        t('referral.pdf.serviceLine', { service: s.service, duration: s.duration }),
      ),
      margin: [0, 0, 0, 8],
    },
    { text: t('referral.pdf.copies'), style: 'heading' },
    {
      ul: [
        t('referral.pdf.copy.chairperson', { date: date(a.copies.chairperson) }),
        t('referral.pdf.copy.referrer', { date: date(a.copies.referrer) }),
        t('referral.pdf.copy.parent', { date: date(a.copies.parent) }),
        ...(a.copies.student
          ? [t('referral.pdf.copy.student', { date: date(a.copies.student) })]
          : []),
      ],
      margin: [0, 0, 0, 8],
    },
    { text: t('referral.pdf.filed') },
  );
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
