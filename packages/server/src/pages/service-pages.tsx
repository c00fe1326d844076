import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  CaseloadPage,
  DeliveryDashboardPage,
  DeliverySettingsPage,
  ServiceDeliveryPage,
  UnderDeliveryReportPage,
  deliverySettingsFields,
  serviceDeliveryNotices,
  sessionChoiceValues,
  sessionLogFields,
  voidSessionFields,
} from '@continuum/web';
import type {
  DeliverySettingsField,
  FormState,
  SessionLogField,
  VoidSessionField,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import type { Call } from '../http/call.ts';
import { callOf } from '../http/call.ts';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  RefusedError,
} from '../errors.ts';
import { mayReadDirectory } from '../access/policy.ts';
import { listSites } from '../directory/sites.ts';
import { getStudent } from '../students/get-student.ts';
import {
  caseloadQuery,
  dashboardQuery,
  deliveryQuery,
  sessionInput,
  sessionParams,
  settingsBody,
  voidBody,
  weekBody,
} from '../services/schemas.ts';
import type { DashboardQuery } from '../services/schemas.ts';
import { getServiceDelivery } from '../services/get-service-delivery.ts';
import { logSession, logWeek } from '../services/log-sessions.ts';
import { voidSession } from '../services/void-session.ts';
import { getCaseload } from '../services/get-caseload.ts';
import { listDelivery } from '../services/list-delivery.ts';
import { underDeliveryReport } from '../services/under-delivery-report.ts';
import { getDeliverySettings, putDeliverySettings } from '../services/settings.ts';
import type { FormShape } from './form.ts';
import { doneOf, formFailure, parseForm } from './form.ts';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';
import { studentIdOf } from './student-pages.tsx';
import { registerSessionGroupPages } from './session-group-pages.tsx';

/**
 * The service delivery pages: a student's delivery with the session, week and void forms; a
 * caseload; the delivery dashboard; the under-delivery report (its CSV is the API's); the
 * district's settings. They call the same use cases as the API, so the access policy and the
 * access log hold for them exactly as for the API.
 */

/**
 * A session's status as the pages offer it: one choice, the reason of a missed session in it
 * (`missed:student-absent`), which is split here into the API's status and reason. A missed
 * session has no minutes. A choice the pages do not offer is left for the schema to refuse.
 */
function decodeSession(values: Record<string, unknown>): Record<string, unknown> {
  const { status, minutes, ...rest } = values;
  const choice = sessionChoiceValues.find((c) => c === status);
  if (!choice) return { ...rest, status, minutes };
  const [kind, reason] = choice.split(':');
  return kind === 'missed'
    ? { ...rest, status: kind, missedReason: reason, minutes: 0 }
    : { ...rest, status: kind, minutes };
}

const logShape: FormShape<SessionLogField> = {
  fields: sessionLogFields,
  numbers: ['minutes', 'groupSize'],
  decode: decodeSession,
};
const voidShape: FormShape<VoidSessionField> = { fields: voidSessionFields };
const settingsShape: FormShape<DeliverySettingsField> = {
  fields: deliverySettingsFields,
  numbers: deliverySettingsFields,
};

/** Week form cells: `cell.<i>.<field>`, at most this many (5 school days x 20 services). */
const maxCells = 100;
const whole = (value: unknown) =>
  typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value;

/**
 * The week form as the API's body: each cell with a session chosen becomes a row; `cellOf`
 * maps a row back to its cell, so a problem is shown at the cell's fields.
 */
function weekRows(body: unknown): {
  input: unknown;
  cellOf: number[];
  values: FormState<string>['values'];
} {
  const raw = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const values = Object.fromEntries(
    Object.entries(raw).filter(([k, v]) => k !== '_csrf' && typeof v === 'string'),
  ) as Record<string, string>;
  const sessions: Record<string, unknown>[] = [];
  const cellOf: number[] = [];
  for (let i = 0; i < maxCells && raw[`cell.${i}.serviceId`] !== undefined; i++) {
    const cell = (field: string) => raw[`cell.${i}.${field}`];
    if (cell('status') === '' || cell('status') === undefined) continue;
    const note = cell('note');
    sessions.push(
      decodeSession({
        serviceId: cell('serviceId'),
        date: cell('date'),
        status: cell('status'),
        minutes: whole(cell('minutes')),
        groupSize: whole(cell('groupSize')),
        ...(note !== '' && note !== undefined && { note }),
      }),
    );
    cellOf.push(i);
  }
  return { input: { sessions }, cellOf, values };
}

/** `sessions.3.minutes` as the form's `cell.<i>.minutes` (anything else: a general problem). */
function weekState(
  values: FormState<string>['values'],
  cellOf: readonly number[],
  paths: readonly string[],
): FormState<string> {
  const invalid: string[] = [];
  let general = false;
  for (const path of paths) {
    const match = /^sessions\.(\d+)\.(\w+)/.exec(path);
    const cell = match ? cellOf[Number(match[1])] : undefined;
    if (!match || cell === undefined) {
      general = true;
      continue;
    }
    const field = match[2] === 'missedReason' ? 'status' : match[2];
    invalid.push(`cell.${cell}.${field}`);
  }
  return { values, invalid: [...new Set(invalid)], general };
}

function sessionIdsOf(request: FastifyRequest): { studentId: string; sessionId: string } {
  const parsed = sessionParams.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError('session');
  return { studentId: parsed.data.id, sessionId: parsed.data.sessionId };
}

/** The list pages' filters from the address; a filter that does not parse is left out. */
function filtersOf(request: FastifyRequest): DashboardQuery {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const { siteId, committee } = dashboardQuery.shape;
  const site = siteId.safeParse(query.siteId || undefined);
  const chosen = committee.safeParse(query.committee || undefined);
  return {
    siteId: site.success ? site.data : undefined,
    committee: chosen.success ? chosen.data : undefined,
    limit: 500,
  };
}

const sitesFor = async (call: Call) =>
  mayReadDirectory(call.actor) ? (await listSites(call)).items : undefined;

export function registerServicePages(app: FastifyInstance, ctx: AppContext): void {
  registerSessionGroupPages(app, ctx);
  const studentPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      logForm?: FormState<SessionLogField>;
      weekForm?: FormState<string>;
      voidForm?: { sessionId: string; state: FormState<VoidSessionField> };
      refusal?: { message: string; citation?: string | undefined } | undefined;
      week?: string | undefined;
      status?: number;
      /** Showing a form again: only to those who may log (the others get 403). */
      forLogging?: boolean;
    } = {},
  ) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const query = deliveryQuery.safeParse(request.query ?? {});
    const delivery = await getServiceDelivery(call, {
      studentId,
      week: options.week ?? (query.success ? query.data.week : undefined),
    });
    if (options.forLogging && !delivery.canLog) throw new ForbiddenError();
    const student = await getStudent(call, { studentId });
    return sendPage(
      reply,
      <ServiceDeliveryPage
        page={pageContext(request, reply, ctx)}
        student={student}
        delivery={delivery}
        notice={options.status ? undefined : doneOf(request, serviceDeliveryNotices)}
        logForm={options.logForm}
        weekForm={options.weekForm}
        voidForm={options.voidForm}
        refusal={options.refusal}
      />,
      options.status ?? 200,
    );
  };

  app.get('/students/:id/services', async (request, reply) => studentPage(request, reply));

  app.post('/students/:id/services', async (request, reply) => {
    const studentId = studentIdOf(request);
    const parsed = parseForm(request.body, logShape, sessionInput);
    if (!parsed.ok)
      return studentPage(request, reply, {
        logForm: parsed.state,
        status: 400,
        forLogging: true,
      });
    try {
      await logSession(callOf(request, ctx), { ...parsed.data, studentId });
    } catch (error) {
      const { state, status, refusal } = formFailure(error, logShape, request.body, {
        paths: (e) =>
          new InvalidInputError(
            e.fields.map((f) => ({ ...f, path: f.path === 'missedReason' ? 'status' : f.path })),
          ),
      });
      return studentPage(request, reply, { logForm: state, status, refusal });
    }
    return redirectAfterPost(reply, `/students/${studentId}/services?done=logged`);
  });

  app.post('/students/:id/services/week', async (request, reply) => {
    const studentId = studentIdOf(request);
    const { input, cellOf, values } = weekRows(request.body);
    const week = typeof values.week === 'string' ? values.week : undefined;
    const parsed = weekBody.safeParse(input);
    if (!parsed.success) {
      const paths = parsed.error.issues.map((i) => i.path.join('.'));
      return studentPage(request, reply, {
        weekForm: weekState(values, cellOf, paths),
        week,
        status: 400,
        forLogging: true,
      });
    }
    try {
      await logWeek(callOf(request, ctx), { ...parsed.data, studentId });
    } catch (error) {
      if (!(error instanceof InvalidInputError || error instanceof RefusedError)) throw error;
      return studentPage(request, reply, {
        weekForm: weekState(
          values,
          cellOf,
          error.fields.map((f) => f.path),
        ),
        week,
        status: error instanceof RefusedError ? 422 : 400,
        refusal:
          error instanceof RefusedError
            ? { message: error.message, citation: error.citation }
            : undefined,
      });
    }
    const query = week ? `week=${encodeURIComponent(week)}&` : '';
    return redirectAfterPost(reply, `/students/${studentId}/services?${query}done=week-logged`);
  });

  app.post('/students/:id/services/sessions/:sessionId/void', async (request, reply) => {
    const { studentId, sessionId } = sessionIdsOf(request);
    const parsed = parseForm(request.body, voidShape, voidBody);
    if (!parsed.ok)
      return studentPage(request, reply, {
        voidForm: { sessionId, state: parsed.state },
        status: 400,
        forLogging: true,
      });
    try {
      await voidSession(callOf(request, ctx), { ...parsed.data, studentId, sessionId });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return studentPage(request, reply, { refusal: { message: error.message }, status: 409 });
    }
    return redirectAfterPost(reply, `/students/${studentId}/services?done=voided`);
  });

  app.get('/caseload', async (request, reply) => {
    const query = caseloadQuery.safeParse(request.query ?? {});
    const caseload = await getCaseload(callOf(request, ctx), {
      staffId: query.success ? query.data.staffId : undefined,
    });
    return sendPage(
      reply,
      <CaseloadPage page={pageContext(request, reply, ctx)} caseload={caseload} />,
    );
  });

  app.get('/delivery', async (request, reply) => {
    const call = callOf(request, ctx);
    const filters = filtersOf(request);
    const [dashboard, sites] = await Promise.all([listDelivery(call, filters), sitesFor(call)]);
    return sendPage(
      reply,
      <DeliveryDashboardPage
        page={pageContext(request, reply, ctx)}
        dashboard={dashboard}
        filters={filters}
        sites={sites}
      />,
    );
  });

  app.get('/delivery/report', async (request, reply) => {
    const call = callOf(request, ctx);
    const filters = filtersOf(request);
    const [report, sites] = await Promise.all([underDeliveryReport(call, filters), sitesFor(call)]);
    const query = new URLSearchParams(
      Object.entries({ siteId: filters.siteId, committee: filters.committee }).filter(
        (e): e is [string, string] => e[1] !== undefined,
      ),
    ).toString();
    return sendPage(
      reply,
      <UnderDeliveryReportPage
        page={pageContext(request, reply, ctx)}
        report={report}
        filters={filters}
        sites={sites}
        csvHref={`/api/delivery/report.csv${query ? `?${query}` : ''}`}
      />,
    );
  });

  const settingsPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: FormState<DeliverySettingsField>,
    status = 200,
  ) => {
    const settings = await getDeliverySettings(callOf(request, ctx));
    return sendPage(
      reply,
      <DeliverySettingsPage
        page={pageContext(request, reply, ctx)}
        settings={settings}
        form={form}
        saved={!form && doneOf(request, ['saved'] as const) === 'saved'}
      />,
      status,
    );
  };

  app.get('/delivery/settings', async (request, reply) => settingsPage(request, reply));

  app.post('/delivery/settings', async (request, reply) => {
    const call = callOf(request, ctx);
    const parsed = parseForm(request.body, settingsShape, settingsBody);
    if (!parsed.ok) {
      if (!(await getDeliverySettings(call)).canEdit) throw new ForbiddenError();
      return settingsPage(request, reply, parsed.state, 400);
    }
    await putDeliverySettings(call, parsed.data);
    return redirectAfterPost(reply, '/delivery/settings?done=saved');
  });
}
