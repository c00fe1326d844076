import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { assetsDirectory } from '@continuum/web';

const require = createRequire(import.meta.url);

/**
 * The pages' static files under /assets/: USWDS (css, fonts, images), htmx, and the web
 * package's own stylesheet. Paths come from module resolution, not from a node_modules layout.
 */
export async function registerAssets(app: FastifyInstance): Promise<void> {
  const uswds = dirname(dirname(require.resolve('@uswds/uswds/css/uswds.min.css')));
  const htmx = dirname(require.resolve('htmx.org/dist/htmx.min.js'));
  const roots = [
    {
      prefix: '/assets/uswds/',
      root: uswds,
      allowedPath: (path: string) => /^\/(css|fonts|img)\//.test(path),
    },
    { prefix: '/assets/htmx/', root: htmx, allowedPath: (path: string) => path === '/htmx.min.js' },
    { prefix: '/assets/web/', root: fileURLToPath(assetsDirectory) },
  ];
  // Static files carry no data and the second-factor setup page needs its stylesheet, so they
  // answer before a required second factor is set up (auth/session-plugin.ts). The hook sits in
  // this scope, so it marks the assets' routes and no others.
  await app.register(async (assets) => {
    assets.addHook('onRoute', (route) => {
      route.config = { ...route.config, allowWithoutSecondFactor: true };
    });
    for (const { prefix, root, allowedPath } of roots) {
      await assets.register(fastifyStatic, {
        root,
        prefix,
        decorateReply: false,
        index: false,
        // Versioned with the package: a day is enough and a deploy refreshes it soon.
        maxAge: '1d',
        ...(allowedPath && { allowedPath }),
      });
    }
  });
}
