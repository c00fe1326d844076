import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DeadlinesPage,
  TimelinePage,
  caseEventFields,
  timelineNotices,
  voidEventFields,
} from '@continuum/web';
import type {
  CaseEventField,
  DeadlineStatusFilter,
  FormState,
  TimelineNotice,
  VoidEventField,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.ts';
import { mayReadDirectory } from '../access/policy.ts';
import { listSites } from '../directory/sites.ts';
import {
  caseEventBody,
  caseEventParams,
  deadlinesQuery,
  voidCaseEventBody,
} from '../timelines/schemas.ts';
import { getCaseTimeline } from '../timelines/get-case-timeline.ts';
import { listDeadlines } from '../timelines/list-deadlines.ts';
import { recordManualEvent } from '../timelines/record-manual-event.ts';
import { voidCaseEvent } from '../timelines/void-case-event.ts';
import type { FormShape } from './form.ts';
import { coerceForm, parseForm } from './form.ts';
import type { CaseTimeline } from '../timelines/schemas.ts';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';
import { studentIdOf } from './student-pages.tsx';
import { noticeOf } from './admin.ts';

/** The details a manual event may carry, as the form names them (all but type and date). */
const detailFields = caseEventFields.filter((f) => f !== 'type' && f !== 'on');
const numericDetails: readonly string[] = ['weeks', 'days', 'schoolDays'];

/**
 * The manual event form: the type, the date, and the extra fields of the chosen type, sent
 * as the API's body (`details` holds only what was filled in).
 */
const eventShape: FormShape<CaseEventField> = {
  fields: caseEventFields,
  booleans: ['expedited'],
  decode: (values) => {
    const details: Record<string, unknown> = {};
    for (const field of detailFields) {
      const value = values[field];
      if (value === undefined || value === false) continue;
      details[field] =
        numericDetails.includes(field) && typeof value === 'string' && /^\d+(\.\d+)?$/.test(value)
          ? Number(value)
          : value;
    }
    return {
      type: values.type,
      on: values.on,
      ...(Object.keys(details).length > 0 && { details }),
    };
  },
};
const voidShape: FormShape<VoidEventField> = { fields: voidEventFields };

/** `details.weeks` (the API's path) as the form's `weeks`. */
function eventFormState(body: unknown, paths: readonly string[]): FormState<CaseEventField> {
  const isField = (p: string): p is CaseEventField =>
    (caseEventFields as readonly string[]).includes(p);
  const named = paths.map((p) => p.replace(/^details\./, '').split('.')[0] ?? '');
  return {
    values: coerceForm(body, eventShape),
    invalid: [...new Set(named.filter(isField))],
    general: named.some((p) => !isField(p)),
  };
}

function eventIdOf(request: FastifyRequest): { studentId: string; eventId: string } {
  const parsed = caseEventParams.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError('case event');
  return { studentId: parsed.data.id, eventId: parsed.data.eventId };
}

/** The dashboard's filters from the address; a filter that does not parse is left out. */
function dashboardFilters(query: Record<string, unknown>) {
  const { siteId, committee, status } = deadlinesQuery.shape;
  const siteParsed = siteId.safeParse(query.siteId || undefined);
  const committeeParsed = committee.safeParse(query.committee || undefined);
  const statusParsed = status.safeParse(query.status || undefined);
  return {
    siteId: siteParsed.success ? siteParsed.data : undefined,
    committee: committeeParsed.success ? committeeParsed.data : undefined,
    status: (statusParsed.success ? statusParsed.data : 'attention') satisfies DeadlineStatusFilter,
  };
}

export function registerTimelinePages(app: FastifyInstance, ctx: AppContext): void {
  const timelinePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    studentId: string,
    options: {
      /** The timeline already read for this request (not read, nor logged, twice). */
      timeline?: CaseTimeline;
      eventForm?: FormState<CaseEventField>;
      voidForm?: { eventId: string; state: FormState<VoidEventField> };
      refusal?: string;
      notice?: TimelineNotice | undefined;
      status?: number;
    } = {},
  ) => {
    const { status, timeline: read, ...props } = options;
    const timeline = read ?? (await getCaseTimeline(callOf(request, ctx), { studentId }));
    return sendPage(
      reply,
      <TimelinePage page={pageContext(request, reply, ctx)} timeline={timeline} {...props} />,
      status,
    );
  };

  app.get('/students/:id/timeline', async (request, reply) =>
    timelinePage(request, reply, studentIdOf(request), {
      notice: noticeOf(request, timelineNotices),
    }),
  );

  app.post('/students/:id/case-events', async (request, reply) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const values = coerceForm(request.body, eventShape);
    const parsed = caseEventBody.safeParse(eventShape.decode?.(values));
    if (!parsed.success) {
      // Outside the grant the student does not exist, and only those who manage the case
      // see the form again: whatever was posted, the answer is theirs.
      const timeline = await getCaseTimeline(call, { studentId });
      if (!timeline.manageCase) throw new ForbiddenError();
      return timelinePage(request, reply, studentId, {
        timeline,
        eventForm: eventFormState(
          request.body,
          parsed.error.issues.map((i) => i.path.join('.')),
        ),
        status: 400,
      });
    }
    try {
      await recordManualEvent(call, { ...parsed.data, studentId });
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return timelinePage(request, reply, studentId, {
        eventForm: eventFormState(
          request.body,
          error.fields.map((f) => f.path),
        ),
        status: 400,
      });
    }
    return redirectAfterPost(reply, `/students/${studentId}/timeline?done=recorded`);
  });

  app.post('/students/:id/case-events/:eventId/void', async (request, reply) => {
    const { studentId, eventId } = eventIdOf(request);
    const call = callOf(request, ctx);
    const parsed = parseForm(request.body, voidShape, voidCaseEventBody);
    if (!parsed.ok) {
      const timeline = await getCaseTimeline(call, { studentId });
      if (!timeline.manageCase) throw new ForbiddenError();
      return timelinePage(request, reply, studentId, {
        timeline,
        voidForm: { eventId, state: parsed.state },
        status: 400,
      });
    }
    try {
      await voidCaseEvent(call, { ...parsed.data, studentId, eventId });
    } catch (error) {
      if (error instanceof ConflictError) {
        return timelinePage(request, reply, studentId, { refusal: error.message, status: 409 });
      }
      if (error instanceof InvalidInputError) {
        const refusal = error.fields.map((f) => f.message).join('; ') || error.message;
        return timelinePage(request, reply, studentId, { refusal, status: 400 });
      }
      throw error;
    }
    return redirectAfterPost(reply, `/students/${studentId}/timeline?done=voided`);
  });

  app.get('/deadlines', async (request, reply) => {
    const call = callOf(request, ctx);
    const filters = dashboardFilters(request.query as Record<string, unknown>);
    const [dashboard, sites] = await Promise.all([
      listDeadlines(call, { ...filters, limit: 500 }),
      mayReadDirectory(call.actor) ? listSites(call) : undefined,
    ]);
    return sendPage(
      reply,
      <DeadlinesPage
        page={pageContext(request, reply, ctx)}
        dashboard={dashboard}
        filters={filters}
        sites={sites?.items}
      />,
    );
  });
}
