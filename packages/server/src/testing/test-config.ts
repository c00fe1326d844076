import type { Config } from '../config.ts';
import { defaultDemoPassword } from '../config.ts';

/** Settings for an app under test: not demo mode unless asked, plain-HTTP cookies. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: '',
    databaseUrl: undefined,
    demo: false,
    demoPassword: defaultDemoPassword,
    secureCookies: false,
    smtpUrl: undefined,
    ...overrides,
  };
}
