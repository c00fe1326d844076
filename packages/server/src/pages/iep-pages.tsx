import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { iep as iepRules, programs } from '@continuum/rules';
import {
  decodeIepForm,
  fieldNameOf,
  formValuesOf,
  IepDraftPage,
  iepFormValues,
  IepListPage,
  iepNotices,
  IepPage,
  IepVersionPage,
} from '@continuum/web';
import type {
  DistributionFailure,
  IepChoices,
  IepDetailView,
  IepFieldError,
  IepFormValues,
  IepNotice,
  IepProblem,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import type { Call } from '../http/call.ts';
import { callOf } from '../http/call.ts';
import type { AppError } from '../errors.ts';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  RefusedError,
} from '../errors.ts';
import { getStudent } from '../students/get-student.ts';
import { listMeetings } from '../meetings/list-meetings.ts';
import { eventBody, iepParams, saveDraftBody, versionParams } from '../iep/schemas.ts';
import type { IepVersionView } from '../iep/schemas.ts';
import { listIeps } from '../iep/list-ieps.ts';
import { startIep } from '../iep/start-iep.ts';
import { getIep } from '../iep/get-iep.ts';
import { getIepVersion } from '../iep/get-iep-version.ts';
import { saveIepDraft } from '../iep/save-iep-draft.ts';
import { finalizeIep } from '../iep/finalize-iep.ts';
import { amendIep } from '../iep/amend-iep.ts';
import { recordServicesArranged } from '../iep/record-services-arranged.ts';
import { recordPlacementOffered } from '../iep/record-placement-offered.ts';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';
import { studentIdOf } from './student-pages.tsx';
import { distributionSectionFor } from './distribution-section.ts';

/**
 * The IEP pages: the list, one IEP (the version in effect, read-only, with its PDF and
 * history), a version, and the draft editor. They call the same use cases as the API, so the
 * access policy and the access log hold for them exactly as for the API. The editor is a
 * plain form; `x-autosave: 1` (assets/iep-autosave.js) gets a small JSON answer instead of a
 * page, so the script can update the lockVersion and say what happened.
 */

function idsOf(request: FastifyRequest): { studentId: string; iepId: string } {
  const parsed = iepParams.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError('IEP');
  return { studentId: parsed.data.id, iepId: parsed.data.iepId };
}

const noticeOf = (query: unknown): IepNotice | undefined => {
  const done = (query as Record<string, unknown> | undefined)?.done;
  return iepNotices.find((n) => n === done);
};

async function choicesFor(call: Call, studentId: string, level: 'preschool' | 'school-age') {
  const meetings = await listMeetings(call, { studentId });
  const choices: IepChoices = {
    level,
    programs: programs.PROGRAM_IDS.map((id) => ({ id, level: programs.PROGRAMS[id].level })),
    classifications: programs.DISABILITY_CLASSIFICATIONS.map((c) => ({ id: c.id, level: c.level })),
    esyCategories: programs.ESY_ELIGIBILITY_CATEGORIES.map((c) => c.id),
    transitionAreas: [...iepRules.TRANSITION_ACTIVITY_AREAS],
    meetings: meetings.items.map((m) => ({
      id: m.id,
      committee: m.committee,
      date: m.heldOn ?? m.scheduledOn,
      held: m.status === 'held',
    })),
  };
  return choices;
}

const issuesOf = (error: z.ZodError): IepFieldError[] =>
  error.issues.map((i) => ({ name: fieldNameOf(i.path.join('.')), message: i.message }));
const fieldErrorsOf = (error: AppError): IepFieldError[] =>
  error.fields.map((f) => ({ name: fieldNameOf(f.path), message: f.message }));

/**
 * One IEP's page, with its implementers and reviews once it has been final (PREK,
 * Accessibility and Storage), and with a failed step or distribution form shown again.
 */
export async function sendIepPage(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: AppContext,
  options: {
    problem?: IepProblem | undefined;
    status?: number;
    distribution?: DistributionFailure;
    /** The IEP, when the route names more than the IEP (a distribution form's assignment). */
    ids?: { studentId: string; iepId: string };
  },
): Promise<FastifyReply> {
  const { studentId, iepId } = options.ids ?? idsOf(request);
  const call = callOf(request, ctx);
  const student = await getStudent(call, { studentId });
  const iep = await getIep(call, { studentId, iepId });
  const { problem } = options;
  const distribution = iep.versions.some((v) => v.status !== 'draft')
    ? await distributionSectionFor(call, request, { studentId, iepId }, options.distribution)
    : undefined;
  const page = (
    <IepPage
      page={pageContext(request, reply, ctx)}
      student={student}
      iep={iep}
      notice={problem || options.distribution ? undefined : noticeOf(request.query)}
      problem={problem}
      distribution={distribution}
    />
  );
  return sendPage(reply, page, options.status ?? 200);
}

export function registerIepPages(app: FastifyInstance, ctx: AppContext): void {
  const editor = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      values?: IepFormValues;
      errors?: IepFieldError[];
      refusal?: string;
      conflict?: IepVersionView;
      status?: number;
    } = {},
  ) => {
    const { studentId, iepId } = idsOf(request);
    const call = callOf(request, ctx);
    const student = await getStudent(call, { studentId });
    if (!student.abilities.manageCase) {
      throw new ForbiddenError('You may view this student but not edit their IEP.');
    }
    const iep: IepDetailView = await getIep(call, { studentId, iepId });
    if (!iep.draft) return reply.redirect(`/students/${studentId}/ieps/${iepId}`, 303);
    const values = options.values ?? iepFormValues(iep.draft);
    if (options.conflict) values.lockVersion = String(options.conflict.lockVersion);
    const page = (
      <IepDraftPage
        page={pageContext(request, reply, ctx)}
        student={student}
        iep={iep}
        draft={iep.draft}
        values={values}
        choices={await choicesFor(call, studentId, student.level)}
        errors={options.errors}
        refusal={options.refusal}
        notice={options.errors || options.conflict ? undefined : noticeOf(request.query)}
        conflict={options.conflict}
      />
    );
    return sendPage(reply, page, options.status ?? 200);
  };

  const iepPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    problem?: IepProblem,
    status = 200,
  ) => sendIepPage(request, reply, ctx, { problem, status });

  app.get('/students/:id/ieps', async (request, reply) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const student = await getStudent(call, { studentId });
    const list = await listIeps(call, { studentId });
    return sendPage(
      reply,
      <IepListPage page={pageContext(request, reply, ctx)} student={student} list={list} />,
    );
  });

  app.post('/students/:id/ieps', async (request, reply) => {
    const studentId = studentIdOf(request);
    const started = await startIep(callOf(request, ctx), { studentId });
    return redirectAfterPost(reply, `/students/${studentId}/ieps/${started.id}/draft?done=started`);
  });

  app.get('/students/:id/ieps/:iepId', async (request, reply) => iepPage(request, reply));

  app.get('/students/:id/ieps/:iepId/versions/:versionId', async (request, reply) => {
    const parsed = versionParams.safeParse(request.params);
    if (!parsed.success) throw new NotFoundError('IEP version');
    const { id: studentId, iepId, versionId } = parsed.data;
    const call = callOf(request, ctx);
    const student = await getStudent(call, { studentId });
    const version = await getIepVersion(call, { studentId, iepId, versionId });
    return sendPage(
      reply,
      <IepVersionPage
        page={pageContext(request, reply, ctx)}
        student={student}
        version={version}
      />,
    );
  });

  app.get('/students/:id/ieps/:iepId/draft', async (request, reply) => editor(request, reply));

  /** Saves the posted form; on a problem, answers with the editor (or JSON for autosave). */
  const save = async (
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<{ saved: IepVersionView } | { answered: FastifyReply }> => {
    const { studentId, iepId } = idsOf(request);
    const autosave = request.headers['x-autosave'] === '1';
    const values = formValuesOf(request.body);
    const parsed = saveDraftBody.safeParse(decodeIepForm(values));
    if (!parsed.success) {
      const errors = issuesOf(parsed.error);
      if (autosave) return { answered: reply.status(400).send({ saved: false, errors }) };
      return { answered: await editor(request, reply, { values, errors, status: 400 }) };
    }
    try {
      const saved = await saveIepDraft(callOf(request, ctx), { ...parsed.data, studentId, iepId });
      return { saved };
    } catch (error) {
      if (error instanceof ConflictError) {
        const current = error.current as IepVersionView | null;
        if (autosave) return { answered: reply.status(409).send({ saved: false, conflict: true }) };
        if (!current || current.status !== 'draft') {
          // The IEP is final now: show it, with the reason nothing was saved.
          const problem = { heading: 'iep', message: error.message, fields: [] };
          return {
            answered: await iepPage(
              request,
              reply,
              withHeading(request, reply, problem, 'iep.finalConflictHeading'),
              409,
            ),
          };
        }
        return {
          answered: await editor(request, reply, { values, conflict: current, status: 409 }),
        };
      }
      if (error instanceof InvalidInputError) {
        const errors = fieldErrorsOf(error);
        if (autosave) return { answered: reply.status(400).send({ saved: false, errors }) };
        return { answered: await editor(request, reply, { values, errors, status: 400 }) };
      }
      throw error;
    }
  };

  const withHeading = (
    request: FastifyRequest,
    reply: FastifyReply,
    problem: IepProblem,
    heading: 'iep.finalConflictHeading' | 'iep.refusedHeading',
  ): IepProblem => ({ ...problem, heading: pageContext(request, reply, ctx).i18n.t(heading) });

  app.post('/students/:id/ieps/:iepId/draft', async (request, reply) => {
    const { studentId, iepId } = idsOf(request);
    const outcome = await save(request, reply);
    if ('answered' in outcome) return outcome.answered;
    if (request.headers['x-autosave'] === '1') {
      return reply.header('cache-control', 'no-store').send({
        saved: true,
        lockVersion: outcome.saved.lockVersion,
        savedAt: outcome.saved.savedAt,
      });
    }
    return redirectAfterPost(reply, `/students/${studentId}/ieps/${iepId}/draft?done=saved`);
  });

  app.post('/students/:id/ieps/:iepId/finalize', async (request, reply) => {
    const { studentId, iepId } = idsOf(request);
    const outcome = await save(request, reply);
    if ('answered' in outcome) return outcome.answered;
    try {
      await finalizeIep(callOf(request, ctx), {
        studentId,
        iepId,
        lockVersion: outcome.saved.lockVersion,
      });
    } catch (error) {
      if (error instanceof RefusedError) {
        // The draft was saved: show it again with each missing area at its field.
        return editor(request, reply, {
          errors: fieldErrorsOf(error),
          refusal: error.message,
          status: 422,
        });
      }
      if (error instanceof ConflictError) {
        return editor(request, reply, {
          conflict: error.current as IepVersionView,
          values: formValuesOf(request.body),
          status: 409,
        });
      }
      throw error;
    }
    return redirectAfterPost(reply, `/students/${studentId}/ieps/${iepId}?done=finalized`);
  });

  /** A step on the IEP page: done is a redirect; refused or conflicting is the page with why. */
  const step = async (
    request: FastifyRequest,
    reply: FastifyReply,
    run: (ids: { studentId: string; iepId: string }, body: unknown) => Promise<unknown>,
    done: IepNotice,
    next: (ids: { studentId: string; iepId: string }) => string = ({ studentId, iepId }) =>
      `/students/${studentId}/ieps/${iepId}?done=${done}`,
  ) => {
    const ids = idsOf(request);
    try {
      await run(ids, request.body);
      return redirectAfterPost(reply, next(ids));
    } catch (error) {
      if (
        error instanceof RefusedError ||
        error instanceof ConflictError ||
        error instanceof InvalidInputError
      ) {
        const problem = withHeading(
          request,
          reply,
          { heading: '', message: error.message, fields: error.fields },
          'iep.refusedHeading',
        );
        return iepPage(request, reply, problem, error.status);
      }
      throw error;
    }
  };

  const onDate = (body: unknown) => {
    const fields = {
      ...((typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>),
    };
    delete fields._csrf;
    const parsed = eventBody.safeParse(fields);
    if (!parsed.success) {
      throw new InvalidInputError(
        parsed.error.issues.map((i) => ({
          path: i.path.join('.'),
          message: `${i.path.join('.') || 'form'}: ${i.message}`,
        })),
      );
    }
    return parsed.data.on;
  };

  app.post('/students/:id/ieps/:iepId/amendments', async (request, reply) =>
    step(
      request,
      reply,
      (ids) => amendIep(callOf(request, ctx), ids),
      'amended',
      ({ studentId, iepId }) => `/students/${studentId}/ieps/${iepId}/draft?done=amended`,
    ),
  );
  app.post('/students/:id/ieps/:iepId/services-arranged', async (request, reply) =>
    step(
      request,
      reply,
      (ids, body) => recordServicesArranged(callOf(request, ctx), { ...ids, on: onDate(body) }),
      'services-arranged',
    ),
  );
  app.post('/students/:id/ieps/:iepId/placement-offered', async (request, reply) =>
    step(
      request,
      reply,
      (ids, body) => recordPlacementOffered(callOf(request, ctx), { ...ids, on: onDate(body) }),
      'placement-offered',
    ),
  );
}
