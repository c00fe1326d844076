import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { NotFoundError } from '../errors.ts';
import { documentParams, sendDocument } from '../documents/routes.ts';
import { getDocument } from '../documents/get-document.ts';

/**
 * The documents pages: a stored document (a sent notice, a final IEP) opened from a page. The
 * browser shows the PDF exactly as stored; the read is checked and logged by the same use case
 * as the API's download. Outside the user's grants, or for another student's document, the
 * answer is the not-found page.
 */
export function registerDocumentPages(app: FastifyInstance, ctx: AppContext): void {
  app.get('/students/:id/documents/:documentId', async (request, reply) => {
    const parsed = documentParams.safeParse(request.params);
    if (!parsed.success) throw new NotFoundError('document');
    const document = await getDocument(callOf(request, ctx), {
      studentId: parsed.data.id,
      documentId: parsed.data.documentId,
    });
    return sendDocument(reply, document, 'inline');
  });
}
