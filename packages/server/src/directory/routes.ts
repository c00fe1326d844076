import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import {
  idParams,
  site,
  siteBody,
  staffBody,
  staffMember,
  updateSiteBody,
  updateStaffBody,
} from './schemas.ts';
import { createSite, listSites, updateSite } from './sites.ts';
import { createStaff, listStaff, setAccountDisabled, updateStaff } from './staff.ts';

const tags = ['directory'];
const security = [{ session: [] }];

/** The directory API: sites, staff and their accounts. */
export function registerDirectoryRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/sites',
    {
      schema: {
        tags,
        security,
        summary: "The district's sites",
        response: { 200: z.object({ items: z.array(site) }) },
      },
    },
    async (request) => listSites(callOf(request, ctx)),
  );
  app.post(
    '/api/sites',
    { schema: { tags, security, summary: 'Add a site', body: siteBody, response: { 201: site } } },
    async (request, reply) =>
      reply.status(201).send(await createSite(callOf(request, ctx), request.body)),
  );
  app.patch(
    '/api/sites/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Change a site (send the version you read)',
        params: idParams,
        body: updateSiteBody,
        response: { 200: site },
      },
    },
    async (request) =>
      updateSite(callOf(request, ctx), { ...request.body, siteId: request.params.id }),
  );
  app.get(
    '/api/staff',
    {
      schema: {
        tags,
        security,
        summary: "The district's staff",
        response: { 200: z.object({ items: z.array(staffMember) }) },
      },
    },
    async (request) => listStaff(callOf(request, ctx)),
  );
  app.post(
    '/api/staff',
    {
      schema: {
        tags,
        security,
        summary: 'Add a staff member and their account',
        body: staffBody,
        response: { 201: staffMember },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createStaff(callOf(request, ctx), request.body)),
  );
  app.patch(
    '/api/staff/:id',
    {
      schema: {
        tags,
        security,
        summary: "Change a staff member's name, roles, sites or committees",
        params: idParams,
        body: updateStaffBody,
        response: { 200: staffMember },
      },
    },
    async (request) =>
      updateStaff(callOf(request, ctx), { ...request.body, staffId: request.params.id }),
  );
  app.put(
    '/api/staff/:id/disabled',
    {
      schema: {
        tags,
        security,
        summary:
          "Disable or re-enable a staff member's account (disabling ends its sessions at once)",
        params: idParams,
        body: z.strictObject({ disabled: z.boolean() }),
        response: { 200: staffMember },
      },
    },
    async (request) =>
      setAccountDisabled(callOf(request, ctx), {
        staffId: request.params.id,
        disabled: request.body.disabled,
      }),
  );
}
