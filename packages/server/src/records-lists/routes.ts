import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { employeeEntry, recordTypeEntry } from './schemas.ts';
import { listEmployees } from './list-employees.ts';
import { listRecordTypes } from './record-types.ts';

const tags = ['records'];

/** The lists the law requires: employees who may reach PII, and types and locations of records. */
export function registerRecordsListRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/records/employees',
    {
      schema: {
        tags,
        security: [{ session: [] }],
        summary:
          'The employees who may have access to personally identifiable information, with their positions and why (34 CFR 300.623)',
        response: { 200: z.object({ items: z.array(employeeEntry) }) },
      },
    },
    async (request) => listEmployees(callOf(request, ctx)),
  );
  app.get(
    '/api/records/types',
    {
      schema: {
        tags,
        summary: 'The types and locations of education records the product keeps (34 CFR 300.616)',
        response: { 200: z.object({ items: z.array(recordTypeEntry) }) },
      },
    },
    () => listRecordTypes(),
  );
}
