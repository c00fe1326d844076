import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

export type { TDocumentDefinitions };

const require = createRequire(import.meta.url);

/**
 * The fonts that ship with the product: pdfmake's bundled Roboto (Latin, Latin Extended, Greek
 * and Cyrillic: English and Spanish, the two languages the product renders documents in), read
 * from node_modules, so rendering never needs the network.
 */
const robotoDirectory = dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
const fonts: TFontDictionary = {
  Roboto: {
    normal: `${robotoDirectory}/Roboto-Regular.ttf`,
    bold: `${robotoDirectory}/Roboto-Medium.ttf`,
    italics: `${robotoDirectory}/Roboto-Italic.ttf`,
    bolditalics: `${robotoDirectory}/Roboto-MediumItalic.ttf`,
  },
};

// pdfmake is one shared instance for the process: configure it once, here and nowhere else.
// A document never fetches anything (no URL is allowed) and reads no local file but the fonts.
pdfmake.setFonts(fonts);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(`${robotoDirectory}/`));

/**
 * Render a pdfmake document definition to PDF bytes on the server. The definition's default
 * font is Roboto; images must be data URLs (remote and local images are refused).
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
  const buffer = await pdfmake
    .createPdf({ ...definition, defaultStyle: { font: 'Roboto', ...definition.defaultStyle } })
    .getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
