import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';
import { registerAssets } from './assets.ts';
import { registerErrorPages } from './error-pages.tsx';
import { registerSignInPages } from './sign-in-pages.tsx';
import { registerStudentPages } from './student-pages.tsx';
import { registerStudentFormPages } from './student-form-pages.tsx';
import { registerDirectoryPages } from './directory-pages.tsx';

/**
 * The server-rendered pages and their assets. They sit in their own plugin scope so their
 * errors become pages (the API's handler answers JSON), and they reach data only through the
 * same use cases as the API, which check the access policy and write the access log.
 */
export async function registerPages(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(async (pages) => {
    registerErrorPages(pages, ctx);
    await registerAssets(pages);
    registerSignInPages(pages, ctx);
    registerStudentPages(pages, ctx);
    registerStudentFormPages(pages, ctx);
    registerDirectoryPages(pages, ctx);
  });
}
