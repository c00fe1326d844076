import type { PageContext } from '../components/layout.tsx';
import { SelectField, TextAreaField, TextField } from '../components/form.tsx';
import type { MessageId, Translator } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldProps } from './form-state.ts';
import { FormSection, PostForm } from './post-form.tsx';
import type { FormState } from './types.ts';
import { recordsRequestChannelValues } from './records-requests.tsx';

/**
 * The forms of the amendment pages (34 CFR 300.618-300.621): asking (the parent) or recording a
 * request (the district), and one form per step of a request, each posted to its own path.
 */

export const amendmentReasonValues = ['inaccurate', 'misleading', 'violates-privacy'] as const;
export const amendmentStatementChannelValues = ['paper', 'in-person', 'email'] as const;
const contentFields = ['recordType', 'information', 'reason', 'changeRequested'] as const;
export const amendmentAskFields = contentFields;
export const amendmentRecordFields = [
  'requester',
  'guardianId',
  'receivedOn',
  'channel',
  ...contentFields,
] as const;
export const amendmentDecisionFields = [
  'decision',
  'decidedOn',
  'amendmentMade',
  'refusalReason',
] as const;
export const amendmentHearingRequestFields = ['requestedOn'] as const;
export const amendmentOutcomeFields = [
  'outcome',
  'heldOn',
  'heardBy',
  'decidedOn',
  'summary',
  'amendmentMade',
] as const;
export const amendmentWithdrawFields = ['withdrawnOn'] as const;
export const amendmentStatementFields = ['statement', 'receivedOn', 'channel'] as const;
export type AmendmentField =
  | (typeof amendmentRecordFields)[number]
  | (typeof amendmentDecisionFields)[number]
  | (typeof amendmentHearingRequestFields)[number]
  | (typeof amendmentOutcomeFields)[number]
  | (typeof amendmentWithdrawFields)[number]
  | (typeof amendmentStatementFields)[number];
export const amendmentPageNotices = [
  'requested',
  'decided',
  'hearing-requested',
  'hearing-recorded',
  'withdrawn',
  'statement-added',
] as const;
export type AmendmentPageNotice = (typeof amendmentPageNotices)[number];

/** The forms of one request, each posted to its own path. */
export type AmendmentStepForm =
  'decide' | 'request-hearing' | 'record-hearing' | 'withdraw' | 'add-statement';
export type AmendmentForm =
  | { kind: 'ask' | 'record'; state: FormState<AmendmentField> }
  | { kind: AmendmentStepForm; requestId: string; state: FormState<AmendmentField> };

export const amendmentMessagesFor = (prefix: string): FormMessages<AmendmentField> => ({
  idPrefix: prefix,
  error: (field) => `amendments.error.${field}`,
});
export const amendmentLabelOf = (f: AmendmentField): MessageId => `amendments.label.${f}`;
/** A record type's name, from the list of types and locations (34 CFR 300.616). */
export const recordTypeLabel = (i18n: Translator, type: string) =>
  i18n.t(`recordsLists.type.${type}` as MessageId);

export function AskForm({
  page,
  action,
  kind,
  list,
  state,
}: {
  page: PageContext;
  action: string;
  kind: 'ask' | 'record';
  list: { recordTypes: readonly string[]; guardians: readonly { id: string; name: string }[] };
  state: FormState<AmendmentField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages = amendmentMessagesFor(`${kind}-`);
  const field = fieldProps(state, messages, i18n, amendmentLabelOf);
  return (
    <FormSection
      id={kind}
      heading={t(`amendments.${kind}.heading`)}
      intro={t(`amendments.${kind}.intro`)}
    >
      <PostForm
        page={page}
        action={action}
        state={state}
        messages={messages}
        submit={t(`amendments.${kind}.submit`)}
      >
        {kind === 'record' && (
          <>
            <SelectField
              {...field('requester')}
              options={(['parent', 'student'] as const).map((v) => ({
                value: v,
                label: t(`amendments.requester.${v}`),
              }))}
            />
            <SelectField
              {...field('guardianId')}
              hint={t('amendments.hint.guardianId')}
              options={[
                { value: '', label: t('amendments.noGuardian') },
                ...list.guardians.map((g) => ({ value: g.id, label: g.name })),
              ]}
            />
            <TextField {...field('receivedOn')} type="date" />
            <SelectField
              {...field('channel')}
              options={recordsRequestChannelValues
                .filter((c) => c !== 'online')
                .map((c) => ({ value: c, label: t(`recordsRequests.channel.${c}`) }))}
            />
          </>
        )}
        <SelectField
          {...field('recordType')}
          hint={t('amendments.hint.recordType')}
          options={[
            { value: '', label: t('amendments.chooseRecord') },
            ...list.recordTypes.map((type) => ({
              value: type,
              label: recordTypeLabel(i18n, type),
            })),
          ]}
        />
        <TextAreaField {...field('information')} hint={t('amendments.hint.information')} />
        <SelectField
          {...field('reason')}
          options={[
            { value: '', label: t('amendments.chooseReason') },
            ...amendmentReasonValues.map((v) => ({ value: v, label: t(`amendments.reason.${v}`) })),
          ]}
        />
        <TextAreaField {...field('changeRequested')} hint={t('amendments.hint.changeRequested')} />
      </PostForm>
    </FormSection>
  );
}

const stepPaths: Record<AmendmentStepForm, string> = {
  decide: 'decision',
  'request-hearing': 'hearing-request',
  'record-hearing': 'hearing-outcome',
  withdraw: 'withdrawn',
  'add-statement': 'statements',
};
/** The path segment each step's form posts to, under /students/:id/amendments/:requestId/. */
export const amendmentStepPaths = stepPaths;

export function StepForm({
  page,
  kind,
  base,
  request,
  staff,
  state,
}: {
  page: PageContext;
  kind: AmendmentStepForm;
  base: string;
  request: { id: string };
  /** The district records the day of a step; the parent's own steps are dated today. */
  staff: boolean;
  state: FormState<AmendmentField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages = amendmentMessagesFor(`${kind}-${request.id}-`);
  const field = fieldProps(state, messages, i18n, amendmentLabelOf);
  const outline = kind === 'withdraw' ? 'usa-button usa-button--outline' : 'usa-button';
  return (
    <PostForm
      page={page}
      action={`${base}/${request.id}/${stepPaths[kind]}`}
      state={state}
      messages={messages}
      heading={<h4>{t(`amendments.${kind}.heading`)}</h4>}
      submit={t(`amendments.${kind}.submit`)}
      buttonClassName={outline}
    >
      {kind === 'decide' && (
        <>
          <SelectField
            {...field('decision')}
            options={[
              { value: 'refused', label: t('amendments.decision.refused') },
              { value: 'amended', label: t('amendments.decision.amended') },
            ]}
          />
          <TextField {...field('decidedOn')} type="date" />
          <TextAreaField {...field('refusalReason')} hint={t('amendments.hint.refusalReason')} />
          <TextAreaField {...field('amendmentMade')} hint={t('amendments.hint.amendmentMade')} />
        </>
      )}
      {kind === 'request-hearing' &&
        (staff ? (
          <TextField {...field('requestedOn')} type="date" />
        ) : (
          <p>{t('amendments.request-hearing.intro')}</p>
        ))}
      {kind === 'record-hearing' && (
        <>
          <SelectField
            {...field('outcome')}
            options={[
              { value: 'kept', label: t('amendments.outcome.kept') },
              { value: 'amended', label: t('amendments.outcome.amended') },
            ]}
          />
          <TextField {...field('heldOn')} type="date" />
          <TextField {...field('heardBy')} hint={t('amendments.hint.heardBy')} />
          <TextField {...field('decidedOn')} type="date" />
          <TextAreaField {...field('summary')} hint={t('amendments.hint.summary')} />
          <TextAreaField {...field('amendmentMade')} hint={t('amendments.hint.amendmentMade')} />
        </>
      )}
      {kind === 'add-statement' && (
        <>
          <TextAreaField {...field('statement')} hint={t('amendments.hint.statement')} />
          {staff && (
            <>
              <TextField {...field('receivedOn')} type="date" />
              <SelectField
                {...field('channel')}
                options={amendmentStatementChannelValues.map((c) => ({
                  value: c,
                  label: t(`recordsRequests.channel.${c}`),
                }))}
              />
            </>
          )}
        </>
      )}
      {kind === 'withdraw' && staff && <TextField {...field('withdrawnOn')} type="date" />}
    </PostForm>
  );
}
