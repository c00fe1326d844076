import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPdf } from './render-pdf.ts';

test('a document renders to PDF bytes with the bundled fonts, Spanish accents included', async () => {
  const bytes = await renderPdf({
    content: [{ text: 'Aviso previo por escrito', bold: true }, 'Señora Núñez: ¿cómo está?'],
  });
  assert.ok(bytes instanceof Uint8Array);
  assert.equal(Buffer.from(bytes.subarray(0, 5)).toString('latin1'), '%PDF-');
  assert.ok(bytes.length > 1000);
});

test('a document never fetches a remote resource', async () => {
  await assert.rejects(
    renderPdf({ content: [{ image: 'https://example.org/logo.png' }] }),
    /denied by resource access policy/,
  );
});

test('a document reads no local file but the bundled fonts', async () => {
  await assert.rejects(
    renderPdf({ content: [{ image: '/etc/hostname' }] }),
    /denied by resource access policy/,
  );
});
