import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { StaffFormPage, StaffPage, committeeOf, staffFields, staffNotices } from '@continuum/web';
import type { FormState, StaffField } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import type { Call } from '../http/call.ts';
import { callOf } from '../http/call.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.ts';
import { mayAdministerDirectory } from '../access/policy.ts';
import { staffRoles } from '../db/schema.ts';
import { passwordLength } from '../auth/password-policy.ts';
import { staffBody, updateStaffBody } from '../directory/schemas.ts';
import type { StaffMember } from '../directory/schemas.ts';
import { listSites } from '../directory/sites.ts';
import { createStaff, listStaff, setAccountDisabled, updateStaff } from '../directory/staff.ts';
import type { FormShape } from './form.ts';
import { parseForm, refusedState, sentState } from './form.ts';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';
import { administratorCall, directoryIdOf, noticeOf } from './admin.ts';

/** The staff: any staff member reads the list; district administrators add, change and disable. */

const staffShape: FormShape<StaffField> = {
  fields: staffFields,
  numbers: ['version'],
  blankable: ['title'],
  lists: ['roles', 'siteIds', 'committees'],
  decode: (values) => ({ ...values, committees: (values.committees as string[]).map(committeeOf) }),
};

/** Disable (`true`) or re-enable (`false`): the button's hidden field. */
const disabledForm = z.strictObject({ disabled: z.enum(['true', 'false']) });

function refusal(body: unknown, error: unknown): FormState<StaffField> {
  if (error instanceof InvalidInputError) return refusedState(staffShape, body, error);
  throw error;
}

async function findStaffMember(call: Call, staffId: string): Promise<StaffMember> {
  const member = (await listStaff(call)).items.find((s) => s.id === staffId);
  if (!member) throw new NotFoundError('staff member');
  return member;
}

export function registerStaffPages(app: FastifyInstance, ctx: AppContext): void {
  app.get('/staff', async (request, reply) => {
    const call = callOf(request, ctx);
    const [staff, sites] = await Promise.all([listStaff(call), listSites(call)]);
    const page = pageContext(request, reply, ctx);
    const notice = noticeOf(request, staffNotices);
    return sendPage(
      reply,
      <StaffPage
        page={page}
        staff={staff.items}
        sites={sites.items}
        administer={mayAdministerDirectory(call.actor)}
        notice={notice}
      />,
    );
  });

  /** The form page, new or for the staff member of `/staff/:id/…`, with a state or a conflict. */
  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      edit: boolean;
      form?: FormState<StaffField>;
      conflict?: StaffMember;
      status?: number;
    },
  ) => {
    const call = administratorCall(request, ctx);
    const [sites, staff] = await Promise.all([
      listSites(call),
      options.edit
        ? (options.conflict ?? findStaffMember(call, directoryIdOf(request, 'staff member')))
        : undefined,
    ]);
    const mode = staff
      ? { kind: 'edit' as const, staff, self: staff.accountId === call.actor.accountId }
      : { kind: 'new' as const };
    const page = (
      <StaffFormPage
        page={pageContext(request, reply, ctx)}
        mode={mode}
        roles={staffRoles}
        sites={sites.items}
        passwordLength={passwordLength}
        form={options.form}
        conflict={options.conflict}
      />
    );
    return sendPage(reply, page, options.status);
  };

  app.get('/staff/new', async (request, reply) => formPage(request, reply, { edit: false }));

  app.post('/staff', async (request, reply) => {
    const call = administratorCall(request, ctx);
    const parsed = parseForm(request.body, staffShape, staffBody);
    if (!parsed.ok)
      return formPage(request, reply, { edit: false, form: parsed.state, status: 400 });
    try {
      await createStaff(call, parsed.data);
      return redirectAfterPost(reply, '/staff?done=created');
    } catch (error) {
      return formPage(request, reply, {
        edit: false,
        form: refusal(request.body, error),
        status: 400,
      });
    }
  });

  app.get('/staff/:id/edit', async (request, reply) => formPage(request, reply, { edit: true }));

  app.post('/staff/:id/edit', async (request, reply) => {
    const call = administratorCall(request, ctx);
    const staffId = directoryIdOf(request, 'staff member');
    const parsed = parseForm(request.body, staffShape, updateStaffBody);
    if (!parsed.ok)
      return formPage(request, reply, { edit: true, form: parsed.state, status: 400 });
    try {
      await updateStaff(call, { ...parsed.data, staffId });
      return redirectAfterPost(reply, '/staff?done=updated');
    } catch (error) {
      if (error instanceof ConflictError) {
        // The person's answers as sent (checkbox values, not the decoded committees).
        const form = sentState(staffShape, request.body);
        return formPage(request, reply, {
          edit: true,
          form,
          conflict: error.current as StaffMember,
          status: 409,
        });
      }
      return formPage(request, reply, {
        edit: true,
        form: refusal(request.body, error),
        status: 400,
      });
    }
  });

  // A form can only POST: this is the API's PUT /api/staff/:id/disabled for the pages.
  app.post('/staff/:id/disabled', async (request, reply) => {
    const call = administratorCall(request, ctx);
    const staffId = directoryIdOf(request, 'staff member');
    const parsed = disabledForm.safeParse(request.body);
    if (!parsed.success)
      throw new InvalidInputError([{ path: 'disabled', message: 'must be true or false' }]);
    const disabled = parsed.data.disabled === 'true';
    await setAccountDisabled(call, { staffId, disabled });
    return redirectAfterPost(reply, `/staff?done=${disabled ? 'disabled' : 'enabled'}`);
  });
}
