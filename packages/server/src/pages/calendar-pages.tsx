import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CalendarPage, calendarDraftFields, calendarNotices } from '@continuum/web';
import type { CalendarPageProps, DraftField, FormState } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { ConflictError, InvalidInputError } from '../errors.ts';
import { getCalendar } from '../calendar/get-calendar.ts';
import { replaceCalendar } from '../calendar/replace-calendar.ts';
import { draftSchoolYear } from '../calendar/draft-calendar.ts';
import { mayChangeCalendar, requireCalendarEditor } from '../calendar/calendar-policy.ts';
import { draftCalendarBody, type DistrictCalendar } from '../calendar/schemas.ts';
import type { FormShape } from './form.ts';
import { coerceForm } from './form.ts';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';
import { noticeOf } from './admin.ts';

/**
 * The school calendar page: any staff member reads it; district administrators replace it
 * (pasting the calendar file; every field at fault is named) or draft a school year first.
 */

const recessPairs = [
  ['recess1From', 'recess1To'],
  ['recess2From', 'recess2To'],
  ['recess3From', 'recess3To'],
] as const;

const draftShape: FormShape<DraftField> = {
  fields: calendarDraftFields,
  booleans: ['merge'],
  decode: (values) => {
    const recesses = recessPairs
      .filter(([from, to]) => values[from] !== undefined || values[to] !== undefined)
      .map(([from, to]) => ({ from: values[from], to: values[to] }));
    return {
      firstDay: values.firstDay,
      lastDay: values.lastDay,
      ...(recesses.length > 0 && { recesses }),
      ...(values.name !== undefined && { name: values.name }),
    };
  },
};

/** A path of the draft (`recesses.1.to`) as the form's field (`recess2To`). */
function draftField(path: string): string {
  const match = /^recesses\.(\d+)(?:\.(from|to))?/.exec(path);
  if (!match) return path.split('.')[0] ?? '';
  const pair = recessPairs[Number(match[1])];
  if (!pair) return '';
  return match[2] === 'to' ? pair[1] : pair[0];
}

function draftState(body: unknown, paths: readonly string[]): FormState<DraftField> {
  const fields = paths.map(draftField);
  const isField = (f: string): f is DraftField =>
    (calendarDraftFields as readonly string[]).includes(f);
  return {
    values: coerceForm(body, draftShape),
    invalid: [...new Set(fields.filter(isField))],
    general: fields.some((f) => !isField(f)),
  };
}

const pretty = (calendar: unknown) => JSON.stringify(calendar, null, 2);

/** A starting point when the district has no calendar yet. */
const skeleton = {
  name: 'District calendar',
  schoolYears: [
    { id: '2026-27', firstDay: '2026-09-10', lastDay: '2027-06-25', nonInstructionalDays: [] },
  ],
  holidays: [],
};

export function registerCalendarPages(app: FastifyInstance, ctx: AppContext): void {
  const calendarPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      current?: DistrictCalendar;
      administer?: Partial<NonNullable<CalendarPageProps['administer']>>;
      status?: number;
    } = {},
  ) => {
    const call = callOf(request, ctx);
    const current = options.current ?? (await getCalendar(call));
    const administer = mayChangeCalendar(call.actor)
      ? {
          text: pretty(current.calendar ?? skeleton),
          version: current.version,
          ...options.administer,
        }
      : undefined;
    return sendPage(
      reply,
      <CalendarPage
        page={pageContext(request, reply, ctx)}
        current={current}
        administer={administer}
        notice={noticeOf(request, calendarNotices)}
      />,
      options.status,
    );
  };

  app.get('/calendar', async (request, reply) => calendarPage(request, reply));

  app.post('/calendar', async (request, reply) => {
    const call = callOf(request, ctx);
    requireCalendarEditor(call.actor);
    const body = (
      typeof request.body === 'object' && request.body !== null ? request.body : {}
    ) as Record<string, unknown>;
    const text = typeof body.calendar === 'string' ? body.calendar : '';
    const version =
      typeof body.version === 'string' && /^\d{1,9}$/.test(body.version) ? Number(body.version) : 0;
    let calendar: unknown;
    try {
      calendar = JSON.parse(text);
    } catch {
      return calendarPage(request, reply, { administer: { text, notJson: true }, status: 400 });
    }
    if (typeof calendar !== 'object' || calendar === null || Array.isArray(calendar)) {
      return calendarPage(request, reply, { administer: { text, notJson: true }, status: 400 });
    }
    try {
      await replaceCalendar(call, { calendar: calendar as Record<string, unknown>, version });
    } catch (error) {
      if (error instanceof InvalidInputError) {
        return calendarPage(request, reply, {
          administer: { text, issues: error.fields },
          status: 400,
        });
      }
      if (error instanceof ConflictError) {
        const current = error.current as DistrictCalendar;
        return calendarPage(request, reply, {
          current,
          administer: { text, conflict: true, version: current.version },
          status: 409,
        });
      }
      throw error;
    }
    return redirectAfterPost(reply, '/calendar?done=replaced');
  });

  app.post('/calendar/draft', async (request, reply) => {
    const call = callOf(request, ctx);
    requireCalendarEditor(call.actor);
    const values = coerceForm(request.body, draftShape);
    const parsed = draftCalendarBody.safeParse(draftShape.decode?.(values));
    if (!parsed.success) {
      return calendarPage(request, reply, {
        administer: {
          draftForm: draftState(
            request.body,
            parsed.error.issues.map((i) => i.path.join('.')),
          ),
        },
        status: 400,
      });
    }
    const current = await getCalendar(call);
    try {
      const draft = draftSchoolYear(parsed.data, values.merge === true ? current.calendar : null);
      return calendarPage(request, reply, {
        current,
        administer: { text: pretty(draft), drafted: true },
      });
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return calendarPage(request, reply, {
        current,
        administer: {
          draftForm: draftState(
            request.body,
            error.fields.map((f) => f.path),
          ),
        },
        status: 400,
      });
    }
  });
}
