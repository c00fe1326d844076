/**
 * Parental consent as a state machine (PSN, Parental consent). Pure: the caller passes the
 * consent's current state, what happened and when; the answer says whether the law allows it
 * and, when it does not, why, what would allow it and the passage.
 */

/** What a parent is asked to consent to. */
export const CONSENT_TYPES = [
  'initial-evaluation',
  'initial-services',
  'reevaluation',
  'public-benefits',
  'private-insurance',
  'disclosure',
] as const;
export type ConsentType = (typeof CONSENT_TYPES)[number];

/** The states of one consent request; `requested` is the first. */
export const CONSENT_STATES = [
  'requested',
  'granted',
  'refused',
  'no-response',
  'revoked',
] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

/** A parent's answer or its withdrawal: every state a request can move to. */
export type ConsentResponse = Exclude<ConsentState, 'requested'>;

export const CONSENT_CITATIONS = {
  definition: 'PSN, Parental Consent - Definition (34 CFR 300.9; 8 NYCRR 200.1(l))',
  initialEvaluation:
    'PSN, Parental Consent: Consent for initial evaluation (34 CFR 300.300; 8 NYCRR 200.5(b))',
  services:
    'PSN, Parental Consent: Parental consent for services (34 CFR 300.300; 8 NYCRR 200.5(b))',
  revocation:
    'PSN, Parental Consent: Revocation of parental consent (34 CFR 300.300; 8 NYCRR 200.5(b))',
  reevaluation:
    'PSN, Parental Consent: Parental consent for reevaluations (34 CFR 300.300; 8 NYCRR 200.5(b))',
  reasonableEfforts:
    'PSN, Parental Consent: Documentation of reasonable efforts to obtain parental consent',
  publicInsurance:
    'PSN, Use of Public and Private Benefits/Insurance: Children with disabilities covered by public insurance (34 CFR 300.154(d); 8 NYCRR 200.5(b)(8))',
  privateInsurance:
    'PSN, Use of Public and Private Benefits/Insurance: Children with disabilities covered by private insurance (34 CFR 300.154(e); 8 NYCRR 200.5(b)(9))',
  disclosure:
    'PSN, Confidentiality of Information: Consent for Disclosure of Personally Identifiable Information (34 CFR 300.622)',
  otherRequirements: 'PSN, Parental Consent: Other consent requirements',
} as const;

/** The passage that governs a consent of this type. */
export function consentCitation(type: ConsentType): string {
  switch (type) {
    case 'initial-evaluation':
      return CONSENT_CITATIONS.initialEvaluation;
    case 'initial-services':
      return CONSENT_CITATIONS.services;
    case 'reevaluation':
      return CONSENT_CITATIONS.reevaluation;
    case 'public-benefits':
      return CONSENT_CITATIONS.publicInsurance;
    case 'private-insurance':
      return CONSENT_CITATIONS.privateInsurance;
    case 'disclosure':
      return CONSENT_CITATIONS.disclosure;
  }
}

export interface TransitionInput {
  type: ConsentType;
  /** The consent's current (latest) state. */
  from: ConsentState;
  /** The day the current state was recorded (YYYY-MM-DD). */
  fromOn: string;
  to: ConsentResponse;
  /** The day of the response or revocation (YYYY-MM-DD). */
  on: string;
  /** Whether the parent's answer or revocation is in writing. */
  written: boolean;
  /** How many reasonable efforts to obtain the consent are logged for this request. */
  effortsLogged: number;
}

export type TransitionResult =
  | { allowed: true }
  | { allowed: false; message: string; citation: string; field: 'state' | 'on' | 'written' };

/** Which states each state may move to; everything else is refused. */
const NEXT: Record<ConsentState, readonly ConsentResponse[]> = {
  requested: ['granted', 'refused', 'no-response'],
  // A parent who did not respond may still answer later.
  'no-response': ['granted', 'refused'],
  // Consent is voluntary and may be withdrawn at any time.
  granted: ['revoked'],
  // A refusal ends this request; the district may ask again with a new request.
  refused: [],
  // A revocation ends this consent; a new consent is a new request.
  revoked: [],
};

/**
 * Whether a consent may move from its current state to `to` on the day `on`. Refusals say why
 * and what would allow the step. Dates are YYYY-MM-DD, so they compare as strings.
 */
export function checkConsentTransition(input: TransitionInput): TransitionResult {
  const { from, fromOn, to, on, written, effortsLogged } = input;
  if (!NEXT[from].includes(to)) {
    return {
      allowed: false,
      field: 'state',
      citation: to === 'revoked' ? CONSENT_CITATIONS.revocation : CONSENT_CITATIONS.definition,
      message: refusalFor(from, to),
    };
  }
  if (on < fromOn) {
    return {
      allowed: false,
      field: 'on',
      citation: CONSENT_CITATIONS.definition,
      message: `The date cannot be before the consent was ${from === 'requested' ? 'requested' : `recorded as ${from}`} (${fromOn}).`,
    };
  }
  if (to === 'granted' && !written) {
    return {
      allowed: false,
      field: 'written',
      citation: CONSENT_CITATIONS.definition,
      message:
        "Consent means the parent agrees in writing. Record the consent once the parent's written, signed consent is received.",
    };
  }
  if (to === 'revoked' && !written) {
    return {
      allowed: false,
      field: 'written',
      citation: CONSENT_CITATIONS.revocation,
      message:
        'A revocation of consent takes effect when the parent informs the district in writing. Record it once the written revocation is received.',
    };
  }
  if (to === 'no-response' && effortsLogged < 1) {
    return {
      allowed: false,
      field: 'state',
      citation: CONSENT_CITATIONS.reasonableEfforts,
      message:
        "No response can only be recorded after the district's reasonable efforts to obtain consent are documented. Log at least one call, letter or visit and its result first.",
    };
  }
  return { allowed: true };
}

function refusalFor(from: ConsentState, to: ConsentResponse): string {
  if (from === 'revoked')
    return 'This consent was revoked; a revocation ends it. To ask the parent again, make a new consent request.';
  if (from === 'refused')
    return 'The parent refused this request. To ask again, make a new consent request.';
  if (to === 'revoked')
    return 'Only a consent the parent has granted can be revoked. Record the parent’s answer first.';
  if (from === 'granted')
    return 'The parent has already granted this consent. A parent who changes their mind revokes it, in writing.';
  return `A consent cannot move from ${from} to ${to}.`;
}

/** What a revocation means, per type (PSN, Revocation of parental consent; Consent - Definition). */
export interface RevocationEffects {
  /** Special education services stop (consent for services). */
  servicesStop: boolean;
  /** The district may not use mediation or due process to override it. */
  noOverrideByDueProcess: boolean;
  /** What was done before the revocation stands: it is not undone. */
  retroactive: false;
  citation: string;
}

export function revocationEffects(type: ConsentType): RevocationEffects {
  if (type === 'initial-services')
    return {
      servicesStop: true,
      noOverrideByDueProcess: true,
      retroactive: false,
      citation: CONSENT_CITATIONS.revocation,
    };
  return {
    servicesStop: false,
    noOverrideByDueProcess: false,
    retroactive: false,
    citation: CONSENT_CITATIONS.definition,
  };
}

/**
 * Whether a consent in `state` lets the action it covers go ahead. A granted consent always
 * does; a reevaluation may also proceed when the parent did not respond to the district's
 * documented reasonable efforts (PSN, Parental consent for reevaluations).
 */
export function consentAllows(
  type: ConsentType,
  state: ConsentState | null,
  options: { allowNoResponse?: boolean } = {},
): boolean {
  if (state === 'granted') return true;
  return state === 'no-response' && type === 'reevaluation' && options.allowNoResponse === true;
}

/** The first day the annual written notification for public benefits is due again (one year after the last). */
export function nextPublicBenefitsNotificationDue(lastNotifiedOn: string | null): string | null {
  if (lastNotifiedOn === null) return null;
  const [y, m, d] = lastNotifiedOn.split('-').map(Number) as [number, number, number];
  // February 29 falls due on February 28 of the next year.
  const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap(y + 1) ? 28 : d;
  return `${String(y + 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
