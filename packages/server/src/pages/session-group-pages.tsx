import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SessionGroupFormPage, SessionGroupPage, groupFields, groupNotices } from '@continuum/web';
import type { FormState, GroupChildOption } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  RefusedError,
} from '../errors.ts';
import { getStudent } from '../students/get-student.ts';
import { groupInput, groupParams, voidBody } from '../services/schemas.ts';
import type { CaseloadView } from '../services/schemas.ts';
import { getCaseload } from '../services/get-caseload.ts';
import { getGroupSession } from '../services/get-group-session.ts';
import { logGroupSession, mayLogGroups } from '../services/log-group-session.ts';
import { voidGroupSession } from '../services/void-group-session.ts';
import type { FormShape } from './form.ts';
import { doneOf, parseForm } from './form.ts';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/**
 * The group session pages: the form a provider logs a group with (the children of their
 * caseload), and the group's log (every child by name, to staff who reach each; 404 to anyone
 * else, a child's parent included). They call the same use cases as the API.
 */

/** Children the form offers at most (a caseload); `member.<i>.*` past it are ignored. */
const maxChildren = 200;
const whole = (value: unknown) =>
  typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value;
const given = (value: unknown) => value !== undefined && value !== '';

/**
 * The form as the API's body: each child with a service chosen is a member; `rowOf` maps a
 * member back to its row of the form, so a problem is shown at that child's fields.
 */
function groupRows(body: unknown) {
  const raw = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const values = Object.fromEntries(
    Object.entries(raw).filter(([k, v]) => k !== '_csrf' && typeof v === 'string'),
  ) as Record<string, string>;
  const members: Record<string, unknown>[] = [];
  const rowOf: number[] = [];
  for (let i = 0; i < maxChildren && raw[`member.${i}.studentId`] !== undefined; i++) {
    const field = (name: string) => raw[`member.${i}.${name}`];
    if (!given(field('serviceId'))) continue;
    members.push({
      studentId: field('studentId'),
      serviceId: field('serviceId'),
      ...(given(field('note')) && { note: field('note') }),
    });
    rowOf.push(i);
  }
  const input = {
    date: raw.date,
    status: raw.status,
    minutes: whole(raw.minutes),
    ...(given(raw.location) && { location: raw.location }),
    ...(given(raw.note) && { note: raw.note }),
    members,
  };
  return { input, rowOf, values };
}

/** `members.3.serviceId` as the form's `member.<row>.serviceId`; anything else: general. */
function groupState(
  values: FormState<string>['values'],
  rowOf: readonly number[],
  paths: readonly string[],
): FormState<string> {
  const invalid: string[] = [];
  let general = false;
  for (const path of paths) {
    const member = /^members\.(\d+)\.(\w+)/.exec(path);
    const row = member ? rowOf[Number(member[1])] : undefined;
    if (member && row !== undefined) invalid.push(`member.${row}.${member[2]}`);
    else if ((groupFields as readonly string[]).includes(path)) invalid.push(path);
    else general = true;
  }
  return { values, invalid: [...new Set(invalid)], general };
}

const voidShape: FormShape<'reason'> = { fields: ['reason'] };

function groupIdsOf(request: FastifyRequest): { studentId: string; groupId: string } {
  const parsed = groupParams.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError('session group');
  return { studentId: parsed.data.id, groupId: parsed.data.groupId };
}

/** The children of the signed-in staff member's caseload with a service they may log. */
function childrenOf(caseload: CaseloadView): GroupChildOption[] {
  return caseload.students
    .map((s) => ({
      studentId: s.studentId,
      studentName: s.studentName,
      services: s.services.filter((v) => v.canLog),
    }))
    .filter((c) => c.services.length > 0);
}

export function registerSessionGroupPages(app: FastifyInstance, ctx: AppContext): void {
  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: { form?: FormState<string>; refusal?: { message: string; citation?: string } } = {},
    status = 200,
  ) => {
    const call = callOf(request, ctx);
    if (!mayLogGroups(call.actor)) throw new ForbiddenError();
    const caseload = await getCaseload(call, {});
    return sendPage(
      reply,
      <SessionGroupFormPage
        page={pageContext(request, reply, ctx)}
        today={caseload.asOf}
        children={childrenOf(caseload)}
        form={options.form}
        refusal={options.refusal}
      />,
      status,
    );
  };

  app.get('/group-sessions/new', async (request, reply) => formPage(request, reply));

  app.post('/group-sessions', async (request, reply) => {
    const call = callOf(request, ctx);
    if (!mayLogGroups(call.actor)) throw new ForbiddenError();
    const { input, rowOf, values } = groupRows(request.body);
    const parsed = groupInput.safeParse(input);
    if (!parsed.success) {
      const paths = parsed.error.issues.map((i) => i.path.join('.'));
      return formPage(request, reply, { form: groupState(values, rowOf, paths) }, 400);
    }
    let logged;
    try {
      logged = await logGroupSession(call, parsed.data);
    } catch (error) {
      if (!(error instanceof InvalidInputError || error instanceof RefusedError)) throw error;
      const form = groupState(
        values,
        rowOf,
        error.fields.map((f) => f.path),
      );
      return error instanceof RefusedError
        ? formPage(
            request,
            reply,
            { form, refusal: { message: error.message, citation: error.citation } },
            422,
          )
        : formPage(request, reply, { form }, 400);
    }
    return redirectAfterPost(
      reply,
      `/students/${parsed.data.members[0]!.studentId}/group-sessions/${logged.id}?done=logged`,
    );
  });

  const groupPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      voidForm?: FormState<'reason'>;
      refusal?: { message: string };
      status?: number;
      forVoiding?: boolean;
    } = {},
  ) => {
    const { studentId, groupId } = groupIdsOf(request);
    const call = callOf(request, ctx);
    const group = await getGroupSession(call, { studentId, groupId });
    if (options.forVoiding && !group.canVoid) throw new ForbiddenError();
    const student = await getStudent(call, { studentId });
    return sendPage(
      reply,
      <SessionGroupPage
        page={pageContext(request, reply, ctx)}
        student={student}
        group={group}
        voidForm={options.voidForm}
        refusal={options.refusal}
        notice={options.status ? undefined : doneOf(request, groupNotices)}
      />,
      options.status ?? 200,
    );
  };

  app.get('/students/:id/group-sessions/:groupId', async (request, reply) =>
    groupPage(request, reply),
  );

  app.post('/students/:id/group-sessions/:groupId/void', async (request, reply) => {
    const { studentId, groupId } = groupIdsOf(request);
    const parsed = parseForm(request.body, voidShape, voidBody);
    if (!parsed.ok)
      return groupPage(request, reply, { voidForm: parsed.state, status: 400, forVoiding: true });
    try {
      await voidGroupSession(callOf(request, ctx), { ...parsed.data, studentId, groupId });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return groupPage(request, reply, { refusal: { message: error.message }, status: 409 });
    }
    return redirectAfterPost(reply, `/students/${studentId}/group-sessions/${groupId}?done=voided`);
  });
}
