import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import formbody from '@fastify/formbody';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import type { AppContext } from './context.ts';
import { registerErrorHandler } from './error-handler.ts';
import { registerHealthRoutes } from './health.ts';
import { registerOpenApi } from './openapi.ts';
import { routeModules } from './routes.ts';
import { registerSessions } from '../auth/session-plugin.ts';

export type App = FastifyInstance;

declare module 'fastify' {
  interface FastifyInstance {
    routeList: { method: string; url: string }[];
  }
}

/**
 * The HTTP application. Every route follows one pipeline (STYLE.md, from Outline):
 * authenticate (session plugin) → validate (zod schema) → one transaction → authorize (the
 * access policy) → act → present, with errors mapped in one place.
 */
export async function buildApp(ctx: AppContext, options: { logger?: boolean } = {}): Promise<App> {
  const app = Fastify({
    // Request logs carry the method, the path without its query (a search may hold a child's
    // name) and the request id that ties a log line to access-log rows; never bodies or cookies.
    logger: options.logger
      ? {
          level: 'info',
          serializers: {
            req: (req: { method: string; url: string; id: string }) => ({
              id: req.id,
              method: req.method,
              path: req.url.split('?')[0],
            }),
          },
        }
      : false,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    // Unknown query fields and bodies are rejected by the schemas (strict objects).
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  // Every route the app serves, for the access-matrix test (a route missing from its table fails).
  const routes: { method: string; url: string }[] = [];
  app.decorate('routeList', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
      },
    },
    hsts: ctx.config.secureCookies,
    // same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on form
    // posts, which the CSRF origin check must refuse. Other sites still get no referrer.
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(cookie);
  await app.register(formbody);
  await registerOpenApi(app);
  registerHealthRoutes(app, ctx);
  await registerSessions(app, ctx);
  for (const register of routeModules) await register(app, ctx);
  return app;
}
