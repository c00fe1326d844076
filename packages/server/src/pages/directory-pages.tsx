import type { FastifyInstance } from 'fastify';
import { SitesPage, StaffPage } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { listSites } from '../directory/sites.ts';
import { listStaff } from '../directory/staff.ts';
import { pageContext, sendPage } from './page-context.ts';

/** The directory's pages: any staff member may read them (the use cases refuse parents). */
export function registerDirectoryPages(app: FastifyInstance, ctx: AppContext): void {
  app.get('/sites', async (request, reply) => {
    const { items } = await listSites(callOf(request, ctx));
    return sendPage(reply, <SitesPage page={pageContext(request, reply, ctx)} sites={items} />);
  });

  app.get('/staff', async (request, reply) => {
    const call = callOf(request, ctx);
    const [staff, sites] = await Promise.all([listStaff(call), listSites(call)]);
    return sendPage(reply, <StaffPage page={pageContext(request, reply, ctx)} staff={staff.items} sites={sites.items} />);
  });
}
