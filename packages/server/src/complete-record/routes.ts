import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  completeRecord,
  copyParams,
  feeScheduleBody,
  feeSchedules,
  recordCopyBody,
  recordCopyView,
} from './schemas.ts';
import { assembleCompleteRecord } from './assemble-complete-record.ts';
import { getFeeSchedules, setFeeSchedule } from './fee-schedule.ts';
import { recordCopy } from './record-copy.ts';

const tags = ['complete-record'];
const security = [{ session: [] }];

/**
 * The `complete-record` module's API: a child's complete record (34 CFR 300.613), the copies
 * made for a request and the district's fee for them (300.617). The copy itself (PDF) is the
 * page `/students/:id/complete-record/copy.pdf`, worded in the reader's language.
 */
export function registerCompleteRecordRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/students/:id/complete-record',
    {
      schema: {
        tags,
        security,
        summary:
          "The child's complete record: every record type the product holds (the parent, the privacy officer, district administrators)",
        params: studentParams,
        response: { 200: completeRecord },
      },
    },
    async (request) =>
      assembleCompleteRecord(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/records-requests/:requestId/copies',
    {
      schema: {
        tags,
        security,
        summary:
          'Record a copy of the records made for a request, with its fee (privacy officer, district administrators)',
        params: copyParams,
        body: recordCopyBody,
        response: { 201: recordCopyView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await recordCopy(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
          requestId: request.params.requestId,
        }),
      ),
  );
  app.get(
    '/api/records/fee-schedule',
    {
      schema: {
        tags,
        security,
        summary: "The district's fee for copies of records, in force and past (staff)",
        response: { 200: feeSchedules },
      },
    },
    async (request) => getFeeSchedules(callOf(request, ctx)),
  );
  app.post(
    '/api/records/fee-schedule',
    {
      schema: {
        tags,
        security,
        summary:
          'Set the fee for copies from a day on; never a fee to search or retrieve (privacy officer, district administrators)',
        body: feeScheduleBody,
        response: { 201: feeSchedules },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await setFeeSchedule(callOf(request, ctx), request.body)),
  );
}
