import type { FastifyInstance } from 'fastify';
import { ConfidentialityNoticePage, EmployeesListingPage, RecordTypesPage } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { listEmployees } from '../records-lists/list-employees.ts';
import { listRecordTypes } from '../records-lists/record-types.ts';
import { pageContext, sendPage } from './page-context.ts';

/**
 * The lists the law requires and the confidentiality notice (34 CFR 300.612, 300.616,
 * 300.623). The notice and the types of records hold no one's data and answer anyone; the
 * listing of employees names the district's staff, so it answers any signed-in person of the
 * district, parents included (docs/records.md, Who may see the lists).
 */
export function registerRecordsListPages(app: FastifyInstance, ctx: AppContext): void {
  app.get('/records/employees', async (request, reply) => {
    const { items } = await listEmployees(callOf(request, ctx));
    return sendPage(
      reply,
      <EmployeesListingPage page={pageContext(request, reply, ctx)} employees={items} />,
    );
  });
  app.get('/records/types', async (request, reply) =>
    sendPage(
      reply,
      <RecordTypesPage page={pageContext(request, reply, ctx)} types={listRecordTypes().items} />,
    ),
  );
  app.get('/records/notice', async (request, reply) =>
    sendPage(reply, <ConfidentialityNoticePage page={pageContext(request, reply, ctx)} />),
  );
}
