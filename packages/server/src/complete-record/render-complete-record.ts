import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { OutlineSection } from '@continuum/web';
import { iepDocument } from '../iep/render-iep.ts';
import type { IepVersionView } from '../iep/schemas.ts';
import type { CompleteRecord } from './schemas.ts';

/** What the copy's pages say besides the outline, worded by the caller in the reader's language. */
export interface CopyWords {
  title: string;
  /** Who it was made for and when, and how to keep it: at the foot of every page. */
  stamp: string;
  /** "Page {page} of {pages}." */
  pageOf: (page: number, pages: number) => string;
  none: string;
  /** The heading of a section's parents' statements (34 CFR 300.620(b)). */
  statements: string;
}

/**
 * The complete record as a PDF (a copy, 34 CFR 300.613(b)(2)): the same outline the page shows
 * (so the two never differ), each IEP version with the IEP's own document (rendered in English,
 * as the IEP is kept), and the stamp on every page.
 */
export function completeRecordDocument(
  record: CompleteRecord,
  outline: readonly OutlineSection[],
  words: CopyWords,
): TDocumentDefinitions {
  const { profile, ieps } = record.sections;
  const committeeOf = (versionId: string) =>
    ieps.find((i) => i.versions.some((v) => v.id === versionId))?.iep.committee ?? 'cse';
  const iepContent = (version: IepVersionView): Content[] => {
    const doc = iepDocument({
      studentName: `${profile.legalFirstName} ${profile.legalLastName}`,
      dateOfBirth: profile.dateOfBirth,
      committee: committeeOf(version.id),
      version,
      finalizedOn: version.finalizedAt?.slice(0, 10) ?? '-',
    });
    return Array.isArray(doc.content) ? doc.content : [doc.content];
  };
  const content: Content[] = [{ text: words.title, style: 'h1' }];
  for (const section of outline) {
    content.push({ text: section.heading, style: 'h1', margin: [0, 16, 0, 4] });
    if (section.items.length === 0) content.push({ text: words.none });
    for (const item of section.items) {
      content.push({ text: item.heading, style: 'h2', margin: [0, 8, 0, 2] });
      if (item.rows.length)
        content.push({
          table: {
            widths: ['35%', '*'],
            body: item.rows.map(([k, v]) => [{ text: k, bold: true }, v]),
          },
          layout: 'lightHorizontalLines',
          fontSize: 9,
        });
      if (item.link) content.push({ text: item.link.text, fontSize: 9, italics: true });
      const version =
        item.iepVersion &&
        ieps.flatMap((i) => i.versions).find((v) => v.id === item.iepVersion!.id);
      if (version) content.push(...iepContent(version));
    }
    if (section.statements.length) {
      content.push({ text: words.statements, style: 'h2', margin: [0, 8, 0, 2] });
      for (const st of section.statements)
        content.push(
          { text: st.heading, bold: true, fontSize: 10, margin: [0, 4, 0, 0] },
          { text: st.statement, fontSize: 10, margin: [12, 0, 0, 4] },
        );
    }
  }
  return {
    info: { title: words.title, subject: words.stamp },
    pageMargins: [40, 40, 40, 60],
    content,
    styles: { h1: { fontSize: 16, bold: true }, h2: { fontSize: 12, bold: true } },
    footer: (page, pages) => ({
      text: `${words.stamp} ${words.pageOf(page, pages)}`,
      fontSize: 8,
      margin: [40, 10, 40, 0],
    }),
  };
}
