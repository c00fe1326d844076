import type { Translator } from '../i18n/i18n.ts';
import type { RecordCopyRecordView } from './complete-record-types.ts';

/**
 * A copy made for a records request in words (34 CFR 300.617), for the requests page and the
 * complete record; its own module so the records-requests page need not import the outline
 * (which imports the amendments pages, which import the records-requests page).
 */

const money = (i18n: Translator, cents: number) =>
  new Intl.NumberFormat(i18n.locale, { style: 'currency', currency: 'USD' }).format(cents / 100);

/** A copy made for a request, in words: "12 pages, $0.00 (fee waived), 2026-11-24". */
export function copyText(
  i18n: Translator,
  c: Pick<RecordCopyRecordView, 'feeWaived' | 'pages' | 'feeCents' | 'madeOn'>,
): string {
  return i18n.t(c.feeWaived ? 'completeRecord.copyWaived' : 'completeRecord.copyFee', {
    pages: c.pages,
    fee: money(i18n, c.feeCents),
    date: i18n.formatDate(c.madeOn),
  });
}
