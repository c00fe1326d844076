import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './config.ts';
import { ConfigError } from './errors.ts';

describe('configuration from the environment', () => {
  test('without SMTP_URL, notices by e-mail stay queued (no mail server)', () => {
    assert.equal(loadConfig({}, { demo: false }).smtpUrl, undefined);
  });
  test('SMTP_URL names the mail server for notices by e-mail', () => {
    const config = loadConfig(
      { SMTP_URL: 'smtps://mailer:secret@mail.district.test:465' },
      {
        demo: false,
      },
    );
    assert.equal(config.smtpUrl, 'smtps://mailer:secret@mail.district.test:465');
  });
  test('an SMTP_URL that is not an smtp:// address stops the start with its name', () => {
    assert.throws(
      () => loadConfig({ SMTP_URL: 'http://mail.district.test' }, { demo: false }),
      (error: unknown) => error instanceof ConfigError && /SMTP_URL/.test(error.message),
    );
  });
});
