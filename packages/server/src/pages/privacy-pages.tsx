import type { FastifyInstance } from 'fastify';
import { AccessLogCheckPage, PrivacyWorkspacePage } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { checkAccessLog } from '../privacy/check-access-log.ts';
import { getPrivacyWorkspace } from '../privacy/workspace.ts';
import { pageContext, sendPage } from './page-context.ts';

/** The privacy officer's workspace and the check of the record of access (34 CFR 300.623). */
export function registerPrivacyPages(pages: FastifyInstance, ctx: AppContext): void {
  pages.get('/privacy', async (request, reply) => {
    const workspace = await getPrivacyWorkspace(callOf(request, ctx));
    return sendPage(
      reply,
      <PrivacyWorkspacePage page={pageContext(request, reply, ctx)} workspace={workspace} />,
    );
  });
  pages.get('/privacy/access-log-check', async (request, reply) => {
    const check = await checkAccessLog(callOf(request, ctx));
    return sendPage(
      reply,
      <AccessLogCheckPage page={pageContext(request, reply, ctx)} check={check} />,
    );
  });
}
