import type { Command } from './io.ts';
import { loadConfig, defaultDemoPassword } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { buildApp } from '../http/app.ts';
import { AppError } from '../errors.ts';
import { todayInNewYork } from '../clock.ts';

/**
 * `continuum serve [--demo]`: migrate, (in demo mode) seed the demo district once, then serve.
 * Closes the database cleanly on SIGINT/SIGTERM: PGlite allows one process per data folder.
 */
export const serve: Command = async (args, io) => {
  const unknown = args.filter((a) => a !== '--demo');
  if (unknown.length) {
    io.err(`continuum serve: unknown option ${unknown[0]}`);
    return 2;
  }
  try {
    const config = loadConfig(process.env, { demo: args.includes('--demo') });
    const database = await openDatabase(config);
    await migrate(database);
    if (config.demo) {
      const { seedDemoDistrict } = await import('../demo/seed-demo-district.ts');
      // The demo's dates count back from New York's today, as the use cases that seed it do.
      const { created } = await seedDemoDistrict(database, {
        password: config.demoPassword,
        asOf: todayInNewYork(),
      });
      if (created) io.out('Seeded the demo district (synthetic data).');
      io.out(
        `Demo accounts: admin@, chair@, cpse@, principal@, teacher@, provider@, para@, privacy@, parent@demo.continuum.test` +
          (process.env.DEMO_PASSWORD
            ? ' (password from DEMO_PASSWORD)'
            : ` (password: ${defaultDemoPassword})`),
      );
    }
    const app = await buildApp({ database, config }, { logger: true });
    let closing = false;
    const shutdown = (signal: string) => {
      if (closing) return;
      closing = true;
      io.out(`${signal}: closing`);
      void app
        .close()
        .then(() => database.close())
        .then(() => process.exit(0));
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    const address = await app.listen({ port: config.port, host: config.host });
    io.out(
      `Continuum is serving at ${address} (${database.engine === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'})`,
    );
    return await new Promise<number>(() => {}); // runs until a signal
  } catch (error) {
    if (error instanceof AppError) {
      io.err(`continuum serve: ${error.message}`);
      return 1;
    }
    throw error;
  }
};
