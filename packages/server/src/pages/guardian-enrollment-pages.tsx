import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GuardianEditPage } from '@continuum/web';
import type { EndEnrollmentField, FormState, GuardianField } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.ts';
import {
  endEnrollmentBody,
  enrollmentParams,
  guardianParams,
  updateGuardianBody,
} from '../students/schemas.ts';
import type { StudentDetail } from '../students/schemas.ts';
import { getStudent } from '../students/get-student.ts';
import { updateGuardian } from '../students/update-guardian.ts';
import { endEnrollment } from '../students/end-enrollment.ts';
import type { FormShape } from './form.ts';
import { parseForm, refusedState } from './form.ts';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';
import { sendStudentPage } from './student-pages.tsx';
import { guardianShape } from './student-form-pages.tsx';

/** Changing what is recorded about a student: a guardian's details, the end of an enrollment. */

const guardianEditShape: FormShape<GuardianField> = { ...guardianShape, numbers: ['version'] };
const endEnrollmentShape: FormShape<EndEnrollmentField> = { fields: ['endsOn'] };

/** The ids of `/students/:id/guardians/:guardianId/…`; malformed ones name no record. */
function guardianIdsOf(request: FastifyRequest): { studentId: string; guardianId: string } {
  const parsed = guardianParams.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError('guardian');
  return { studentId: parsed.data.id, guardianId: parsed.data.guardianId };
}

function guardianOf(
  student: StudentDetail,
  guardianId: string,
): StudentDetail['guardians'][number] {
  const guardian = student.guardians.find((g) => g.id === guardianId);
  if (!guardian) throw new NotFoundError('guardian');
  return guardian;
}

export function registerGuardianEnrollmentPages(app: FastifyInstance, ctx: AppContext): void {
  const editPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: FormState<GuardianField>,
    status = 200,
  ) => {
    const { studentId, guardianId } = guardianIdsOf(request);
    const student = await getStudent(callOf(request, ctx), { studentId });
    if (!student.abilities.editGuardians) throw new ForbiddenError();
    const page = (
      <GuardianEditPage
        page={pageContext(request, reply, ctx)}
        student={student}
        guardian={guardianOf(student, guardianId)}
        form={form}
      />
    );
    return sendPage(reply, page, status);
  };

  app.get('/students/:id/guardians/:guardianId/edit', async (request, reply) =>
    editPage(request, reply),
  );

  app.post('/students/:id/guardians/:guardianId/edit', async (request, reply) => {
    const ids = guardianIdsOf(request);
    const parsed = parseForm(request.body, guardianEditShape, updateGuardianBody);
    if (!parsed.ok) return editPage(request, reply, parsed.state, 400);
    try {
      await updateGuardian(callOf(request, ctx), { ...parsed.data, ...ids });
      return redirectAfterPost(reply, `/students/${ids.studentId}?done=guardian-updated`);
    } catch (error) {
      if (error instanceof ConflictError) {
        const current = error.current as StudentDetail;
        const guardian = guardianOf(current, ids.guardianId);
        const form = { values: parsed.data, invalid: [] };
        const page = (
          <GuardianEditPage
            page={pageContext(request, reply, ctx)}
            student={current}
            guardian={guardian}
            form={form}
            conflict={guardian}
          />
        );
        return sendPage(reply, page, 409);
      }
      if (!(error instanceof InvalidInputError)) throw error;
      return editPage(request, reply, refusedState(guardianEditShape, request.body, error), 400);
    }
  });

  app.post('/students/:id/enrollments/:enrollmentId/end', async (request, reply) => {
    const params = enrollmentParams.safeParse(request.params);
    if (!params.success) throw new NotFoundError('enrollment');
    const { id: studentId, enrollmentId } = params.data;
    const parsed = parseForm(request.body, endEnrollmentShape, endEnrollmentBody);
    let state: FormState<EndEnrollmentField>;
    if (parsed.ok) {
      try {
        await endEnrollment(callOf(request, ctx), {
          studentId,
          enrollmentId,
          endsOn: parsed.data.endsOn,
        });
        return redirectAfterPost(reply, `/students/${studentId}?done=enrollment-ended`);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        state = refusedState(endEnrollmentShape, request.body, error);
      }
    } else state = parsed.state;
    return sendStudentPage(request, reply, ctx, studentId, {
      endEnrollmentForm: { enrollmentId, state },
      status: 400,
    });
  });
}
