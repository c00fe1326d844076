import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  StudentFormPage,
  enrollmentFields,
  guardianFields,
  studentFields,
  studentFormValues,
} from '@continuum/web';
import type { FormState, StudentField } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { ConflictError, ForbiddenError, InvalidInputError } from '../errors.ts';
import { mayCreateStudents } from '../access/policy.ts';
import {
  createStudentBody,
  enrollmentBody,
  guardianBody,
  updateStudentBody,
} from '../students/schemas.ts';
import type { StudentDetail } from '../students/schemas.ts';
import { getStudent } from '../students/get-student.ts';
import { createStudent } from '../students/create-student.ts';
import { updateStudent } from '../students/update-student.ts';
import { addGuardian } from '../students/add-guardian.ts';
import { enrollStudent } from '../students/enroll-student.ts';
import type { FormShape } from './form.ts';
import { parseForm, refusedState } from './form.ts';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';
import type { StudentPageForms } from './student-pages.tsx';
import { sendStudentPage, studentIdOf } from './student-pages.tsx';

/** The forms that change a student: add, edit the profile, add a guardian, enroll. */

const studentShape: FormShape<StudentField> = {
  fields: studentFields,
  booleans: ['homeless', 'wardOfState'],
  numbers: ['version'],
  nullable: ['preferredName', 'grade', 'classification'],
};
export const guardianShape: FormShape<(typeof guardianFields)[number]> = {
  fields: guardianFields,
  booleans: ['educationalAuthority'],
  nullable: ['email', 'phone', 'address', 'authorityLimit'],
};
const enrollmentShape: FormShape<(typeof enrollmentFields)[number]> = {
  fields: enrollmentFields,
  nullable: ['endsOn'],
};

/** The use case's refusal of the input as form state; any other error goes to the error page. */
function refusal<F extends string>(
  shape: FormShape<F>,
  body: unknown,
  error: unknown,
): FormState<F> {
  if (error instanceof InvalidInputError) return refusedState(shape, body, error);
  throw error;
}

type EditMode = { kind: 'edit'; studentId: string; version: number; name: string };
const editMode = (student: StudentDetail): EditMode => ({
  kind: 'edit',
  studentId: student.id,
  version: student.version,
  name: `${student.legalLastName}, ${student.legalFirstName}`,
});

export function registerStudentFormPages(app: FastifyInstance, ctx: AppContext): void {
  const newStudentPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: FormState<StudentField>,
    status = 200,
  ) => {
    if (!mayCreateStudents(callOf(request, ctx).actor)) throw new ForbiddenError();
    return sendPage(
      reply,
      <StudentFormPage
        page={pageContext(request, reply, ctx)}
        mode={{ kind: 'new' }}
        form={form}
      />,
      status,
    );
  };

  app.get('/students/new', async (request, reply) => newStudentPage(request, reply));

  app.post('/students', async (request, reply) => {
    const parsed = parseForm(request.body, studentShape, createStudentBody);
    if (!parsed.ok) return newStudentPage(request, reply, parsed.state, 400);
    try {
      const student = await createStudent(callOf(request, ctx), parsed.data);
      return redirectAfterPost(reply, `/students/${student.id}?done=created`);
    } catch (error) {
      return newStudentPage(request, reply, refusal(studentShape, request.body, error), 400);
    }
  });

  const editPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: FormState<StudentField>,
    status = 200,
  ) => {
    const student = await getStudent(callOf(request, ctx), { studentId: studentIdOf(request) });
    if (!student.abilities.editProfile) throw new ForbiddenError();
    const state = form ?? { values: studentFormValues(student), invalid: [] };
    return sendPage(
      reply,
      <StudentFormPage
        page={pageContext(request, reply, ctx)}
        mode={editMode(student)}
        form={state}
      />,
      status,
    );
  };

  app.get('/students/:id/edit', async (request, reply) => editPage(request, reply));

  app.post('/students/:id/edit', async (request, reply) => {
    const studentId = studentIdOf(request);
    const parsed = parseForm(request.body, studentShape, updateStudentBody);
    if (!parsed.ok) return editPage(request, reply, parsed.state, 400);
    try {
      await updateStudent(callOf(request, ctx), { ...parsed.data, studentId });
      return redirectAfterPost(reply, `/students/${studentId}?done=updated`);
    } catch (error) {
      if (error instanceof ConflictError) {
        // Show the record as saved now beside the person's own answers; the form now carries
        // the newer version, so saving again is a deliberate choice to replace it.
        const current = error.current as StudentDetail;
        const form = { values: parsed.data, invalid: [] };
        const page = (
          <StudentFormPage
            page={pageContext(request, reply, ctx)}
            mode={editMode(current)}
            form={form}
            conflict={current}
          />
        );
        return sendPage(reply, page, 409);
      }
      return editPage(request, reply, refusal(studentShape, request.body, error), 400);
    }
  });

  /** A form on the student page: on a problem the whole page again, with that form's state. */
  const studentPageForm = <F extends string, S extends Parameters<typeof parseForm>[2]>(
    path: string,
    shape: FormShape<F>,
    schema: S,
    formKey: keyof StudentPageForms,
    act: (
      request: FastifyRequest,
      studentId: string,
      data: ReturnType<S['parse']>,
    ) => Promise<unknown>,
    done: 'guardian-added' | 'enrolled',
  ) => {
    app.post(path, async (request, reply) => {
      const studentId = studentIdOf(request);
      const parsed = parseForm(request.body, shape, schema);
      let state: FormState<F>;
      if (parsed.ok) {
        try {
          await act(request, studentId, parsed.data as ReturnType<S['parse']>);
          return redirectAfterPost(reply, `/students/${studentId}?done=${done}`);
        } catch (error) {
          state = refusal(shape, request.body, error);
        }
      } else state = parsed.state;
      return sendStudentPage(request, reply, ctx, studentId, { [formKey]: state, status: 400 });
    });
  };

  studentPageForm(
    '/students/:id/guardians',
    guardianShape,
    guardianBody,
    'guardianForm',
    (request, studentId, data) => addGuardian(callOf(request, ctx), { ...data, studentId }),
    'guardian-added',
  );
  studentPageForm(
    '/students/:id/enrollments',
    enrollmentShape,
    enrollmentBody,
    'enrollmentForm',
    (request, studentId, data) => enrollStudent(callOf(request, ctx), { ...data, studentId }),
    'enrolled',
  );
}
