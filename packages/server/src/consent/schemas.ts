import { z } from 'zod';
import { CONSENT_TYPES } from '@continuum/rules/consent/index.ts';
import { isoDate, uuid } from '../students/schemas.ts';

/** Input and output shapes of the consent module, shared by the API, the pages and tests. */

export const consentTypes = CONSENT_TYPES;
export const requestMethods = ['in-person', 'mail', 'email', 'phone'] as const;
export const responseStates = ['granted', 'refused', 'no-response', 'revoked'] as const;
export const effortKinds = ['call', 'correspondence', 'visit'] as const;
export const recipientKinds = ['transition-agency', 'other-district-officials'] as const;
export const notificationMethods = ['in-person', 'mail', 'email'] as const;

const text = (what: string, max = 2000) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} is required` })
    .max(max);

export const consentParams = z.strictObject({ id: uuid, consentId: uuid });

export const requestConsentBody = z
  .strictObject({
    type: z.enum(consentTypes),
    requestedOn: isoDate,
    method: z.enum(requestMethods),
    description: z.string().trim().max(2000).optional(),
    recipientKind: z.enum(recipientKinds).optional(),
    recipientName: z.string().trim().max(200).optional(),
    informationDisclosed: z.string().trim().max(2000).optional(),
    insuranceUse: z.string().trim().max(500).optional(),
  })
  .superRefine((v, ctx) => {
    const need = (path: string, ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    const disclosure = v.type === 'disclosure';
    // PSN, Consent for disclosure: the consent lists the records released and to whom.
    need('recipientKind', !disclosure || !!v.recipientKind, 'say who receives the information');
    need('recipientName', !disclosure || !!v.recipientName, 'name the recipient');
    need(
      'informationDisclosed',
      !disclosure || !!v.informationDisclosed,
      'say what information is disclosed',
    );
    for (const path of ['recipientKind', 'recipientName', 'informationDisclosed'] as const)
      need(
        path,
        disclosure || v[path] === undefined,
        'only a disclosure consent names a recipient',
      );
    // PSN, Use of private insurance: consent each time the district accesses it.
    need(
      'insuranceUse',
      v.type !== 'private-insurance' || !!v.insuranceUse,
      'say which use of the private insurance this consent covers',
    );
    need(
      'insuranceUse',
      v.type === 'private-insurance' || v.insuranceUse === undefined,
      'only a private insurance consent names a use',
    );
  });
export type RequestConsentInput = z.infer<typeof requestConsentBody>;

export const consentResponseBody = z.strictObject({
  state: z.enum(responseStates),
  on: isoDate,
  written: z.boolean().default(false),
  note: z.string().trim().max(2000).optional(),
  version: z.number().int().positive(),
});
export type ConsentResponseInput = z.infer<typeof consentResponseBody>;

export const effortBody = z.strictObject({
  kind: z.enum(effortKinds),
  on: isoDate,
  madeBy: text('who made the effort', 200),
  result: text('the result'),
});
export type EffortInput = z.infer<typeof effortBody>;

export const benefitsNotificationBody = z.strictObject({
  notifiedOn: isoDate,
  method: z.enum(notificationMethods),
});
export type BenefitsNotificationInput = z.infer<typeof benefitsNotificationBody>;

const stateEntry = z.object({
  state: z.enum(['requested', ...responseStates]),
  on: z.string(),
  written: z.boolean(),
  note: z.string(),
  recordedAt: z.string(),
});

const effortEntry = z.object({
  id: z.string(),
  kind: z.enum(effortKinds),
  on: z.string(),
  madeBy: z.string(),
  result: z.string(),
});

export const consentView = z.object({
  id: z.string(),
  studentId: z.string(),
  type: z.enum(consentTypes),
  requestedOn: z.string(),
  method: z.enum(requestMethods),
  description: z.string(),
  recipientKind: z.enum(recipientKinds).nullable(),
  recipientName: z.string().nullable(),
  informationDisclosed: z.string().nullable(),
  insuranceUse: z.string().nullable(),
  state: stateEntry.shape.state,
  stateOn: z.string(),
  version: z.number(),
  history: z.array(stateEntry),
  efforts: z.array(effortEntry),
  /** What a revocation of this consent means (shown plainly on the page). */
  revocation: z.object({
    servicesStop: z.boolean(),
    noOverrideByDueProcess: z.boolean(),
    retroactive: z.boolean(),
    citation: z.string(),
  }),
  /** The states this consent may move to now. */
  next: z.array(z.enum(responseStates)),
});
export type ConsentView = z.infer<typeof consentView>;

export const consentList = z.object({
  items: z.array(consentView),
  publicBenefits: z.object({
    notifications: z.array(
      z.object({ id: z.string(), notifiedOn: z.string(), method: z.enum(notificationMethods) }),
    ),
    nextDueOn: z.string().nullable(),
  }),
  mayManage: z.boolean(),
});
export type ConsentList = z.infer<typeof consentList>;
