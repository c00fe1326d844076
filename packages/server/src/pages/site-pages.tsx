import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SiteEditPage, SitesPage, siteFields, siteNotices } from '@continuum/web';
import type { FormState, SiteField } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.ts';
import { mayAdministerDirectory } from '../access/policy.ts';
import { siteBody, siteKinds, updateSiteBody } from '../directory/schemas.ts';
import type { Site } from '../directory/schemas.ts';
import { createSite, listSites, updateSite } from '../directory/sites.ts';
import type { FormShape } from './form.ts';
import { parseForm, refusedState } from './form.ts';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';
import { administratorCall, directoryIdOf, noticeOf } from './admin.ts';

/** The sites: any staff member reads them; district administrators add and change them. */

const siteShape: FormShape<SiteField> = {
  fields: siteFields,
  numbers: ['version'],
  blankable: ['address'],
};

/** The use case's refusal of the input as form state; any other error goes to the error page. */
function refusal(body: unknown, error: unknown): FormState<SiteField> {
  if (error instanceof InvalidInputError) return refusedState(siteShape, body, error);
  throw error;
}

export function registerSitePages(app: FastifyInstance, ctx: AppContext): void {
  const sitesPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: FormState<SiteField>,
    status = 200,
  ) => {
    const call = callOf(request, ctx);
    const { items } = await listSites(call);
    const administer = mayAdministerDirectory(call.actor) ? { kinds: siteKinds, form } : undefined;
    const notice = noticeOf(request, siteNotices);
    return sendPage(
      reply,
      <SitesPage
        page={pageContext(request, reply, ctx)}
        sites={items}
        administer={administer}
        notice={notice}
      />,
      status,
    );
  };

  app.get('/sites', async (request, reply) => sitesPage(request, reply));

  app.post('/sites', async (request, reply) => {
    const call = administratorCall(request, ctx);
    const parsed = parseForm(request.body, siteShape, siteBody);
    if (!parsed.ok) return sitesPage(request, reply, parsed.state, 400);
    try {
      await createSite(call, parsed.data);
      return redirectAfterPost(reply, '/sites?done=created');
    } catch (error) {
      return sitesPage(request, reply, refusal(request.body, error), 400);
    }
  });

  const editPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: FormState<SiteField>,
    status = 200,
  ) => {
    const call = administratorCall(request, ctx);
    const siteId = directoryIdOf(request, 'site');
    const site = (await listSites(call)).items.find((s) => s.id === siteId);
    if (!site) throw new NotFoundError('site');
    return sendPage(
      reply,
      <SiteEditPage
        page={pageContext(request, reply, ctx)}
        site={site}
        kinds={siteKinds}
        form={form}
      />,
      status,
    );
  };

  app.get('/sites/:id/edit', async (request, reply) => editPage(request, reply));

  app.post('/sites/:id/edit', async (request, reply) => {
    const call = administratorCall(request, ctx);
    const siteId = directoryIdOf(request, 'site');
    const parsed = parseForm(request.body, siteShape, updateSiteBody);
    if (!parsed.ok) return editPage(request, reply, parsed.state, 400);
    try {
      await updateSite(call, { ...parsed.data, siteId });
      return redirectAfterPost(reply, '/sites?done=updated');
    } catch (error) {
      if (error instanceof ConflictError) {
        const current = error.current as Site;
        const page = (
          <SiteEditPage
            page={pageContext(request, reply, ctx)}
            site={current}
            kinds={siteKinds}
            form={{ values: parsed.data, invalid: [] }}
            conflict={current}
          />
        );
        return sendPage(reply, page, 409);
      }
      return editPage(request, reply, refusal(request.body, error), 400);
    }
  });
}
