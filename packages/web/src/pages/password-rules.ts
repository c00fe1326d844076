import type { Translator } from '../i18n/i18n.ts';

/** The minimum lengths of the server's password policy (NIST SP 800-63B-4 §3.1.1.2). */
export interface PasswordLength {
  withoutSecondFactor: number;
  withSecondFactor: number;
}

/** The rules a new password must meet, as hint text beside the field. */
export function passwordRules(i18n: Translator, length: PasswordLength): string {
  return i18n.t('password.rules', {
    long: length.withoutSecondFactor,
    short: length.withSecondFactor,
  });
}
