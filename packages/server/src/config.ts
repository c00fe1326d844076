import { z } from 'zod';
import { ConfigError } from './errors.ts';

/** The settings of a running Continuum, from the environment (README, Configuration). */
export interface Config {
  port: number;
  host: string;
  /** PGlite data folder; ignored when databaseUrl is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** Demo mode seeds the demo district and lets demo accounts skip the second factor. */
  demo: boolean;
  demoPassword: string;
  /** Behind HTTPS (a TLS-terminating proxy): cookies get the Secure flag. */
  secureCookies: boolean;
  /** The mail server for notices by e-mail (`smtp://` or `smtps://`); without it they stay queued. */
  smtpUrl: string | undefined;
}

/** Meets the sign-in rules (15 characters without a second factor; no common or service words). */
export const defaultDemoPassword = 'synthetic-students-only';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().min(1).optional(),
  DEMO_PASSWORD: z.string().min(15, 'DEMO_PASSWORD must be at least 15 characters').optional(),
  SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/\S+$/, 'SMTP_URL must be an smtp:// or smtps:// address')
    .optional(),
});

export function loadConfig(env: NodeJS.ProcessEnv, options: { demo: boolean }): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(
      `${first?.path.join('.') ?? 'environment'}: ${first?.message ?? 'invalid'}`,
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    demo: options.demo,
    demoPassword: e.DEMO_PASSWORD ?? defaultDemoPassword,
    secureCookies: e.SECURE_COOKIES === 'true',
    smtpUrl: e.SMTP_URL,
  };
}
