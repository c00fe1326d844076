import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams, uuid } from '../students/schemas.ts';
import { listDocuments } from './list-documents.ts';
import type { StoredDocument } from './get-document.ts';
import { getDocument } from './get-document.ts';

const tags = ['documents'];
const security = [{ session: [] }];

export const documentParams = z.strictObject({ id: uuid, documentId: uuid });

/**
 * Sends a stored document's bytes, exactly as stored, that no cache keeps: as a download (the
 * API), or shown in the browser (`inline`, the pages). The file name is the document's kind,
 * never a student's data.
 */
export function sendDocument(
  reply: FastifyReply,
  document: StoredDocument,
  disposition: 'attachment' | 'inline' = 'attachment',
): FastifyReply {
  return reply
    .header('content-type', document.mediaType)
    .header('content-disposition', `${disposition}; filename="${document.kind}.pdf"`)
    .header('cache-control', 'no-store')
    .header('x-content-sha256', document.sha256)
    .send(Buffer.from(document.content));
}

/** The documents API: a student's stored documents and their bytes. */
export function registerDocumentRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/students/:id/documents',
    {
      schema: {
        tags,
        security,
        summary: "The student's stored documents (IEPs, notices), with their SHA-256",
        params: studentParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                kind: z.string(),
                title: z.string(),
                language: z.string(),
                sha256: z.string(),
                source: z.string(),
                sourceId: z.string().nullable(),
                created: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      items: await listDocuments(callOf(request, ctx), { studentId: request.params.id }),
    }),
  );
  app.get(
    '/api/students/:id/documents/:documentId',
    {
      schema: {
        tags,
        security,
        summary: 'A stored document (PDF), as a download',
        params: documentParams,
      },
    },
    async (request, reply) =>
      sendDocument(
        reply,
        await getDocument(callOf(request, ctx), {
          studentId: request.params.id,
          documentId: request.params.documentId,
        }),
      ),
  );
}
