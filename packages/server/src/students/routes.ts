import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import {
  accessLogEntry,
  accessLogQuery,
  createStudentBody,
  enrollmentBody,
  guardianBody,
  listStudentsQuery,
  studentDetail,
  studentParams,
  studentSummary,
  updateStudentBody,
  updateGuardianBody,
  guardianParams,
  endEnrollmentBody,
  enrollmentParams,
} from './schemas.ts';
import { listStudents } from './list-students.ts';
import { getStudent } from './get-student.ts';
import { createStudent } from './create-student.ts';
import { updateStudent } from './update-student.ts';
import { addGuardian } from './add-guardian.ts';
import { enrollStudent } from './enroll-student.ts';
import { getStudentAccessLog } from './get-student-access-log.ts';
import { updateGuardian } from './update-guardian.ts';
import { endEnrollment } from './end-enrollment.ts';

const tags = ['students'];
const security = [{ session: [] }];

/** The students API. Each route: validate, then one use case (which checks the policy and logs). */
export function registerStudentRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/students',
    {
      schema: {
        tags,
        security,
        summary: 'Students the signed-in user may see',
        querystring: listStudentsQuery,
        response: { 200: z.object({ items: z.array(studentSummary), total: z.number() }) },
      },
    },
    async (request) => listStudents(callOf(request, ctx), request.query),
  );
  app.post(
    '/api/students',
    {
      schema: {
        tags,
        security,
        summary: 'Add a student',
        body: createStudentBody,
        response: { 201: studentDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createStudent(callOf(request, ctx), request.body)),
  );
  app.get(
    '/api/students/:id',
    {
      schema: {
        tags,
        security,
        summary: "A student's profile, guardians and enrollment",
        params: studentParams,
        response: { 200: studentDetail },
      },
    },
    async (request) => getStudent(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.patch(
    '/api/students/:id',
    {
      schema: {
        tags,
        security,
        summary: "Change a student's profile (send the version you read)",
        params: studentParams,
        body: updateStudentBody,
        response: { 200: studentDetail },
      },
    },
    async (request) =>
      updateStudent(callOf(request, ctx), { ...request.body, studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/guardians',
    {
      schema: {
        tags,
        security,
        summary: 'Add a parent or guardian',
        params: studentParams,
        body: guardianBody,
        response: { 201: studentDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await addGuardian(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.patch(
    '/api/students/:id/guardians/:guardianId',
    {
      schema: {
        tags,
        security,
        summary: "Change a guardian's details or authority (send the guardian's version)",
        params: guardianParams,
        body: updateGuardianBody,
        response: { 200: studentDetail },
      },
    },
    async (request) =>
      updateGuardian(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        guardianId: request.params.guardianId,
      }),
  );
  app.post(
    '/api/students/:id/enrollments',
    {
      schema: {
        tags,
        security,
        summary: 'Enroll the student at a site',
        params: studentParams,
        body: enrollmentBody,
        response: { 201: studentDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await enrollStudent(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.patch(
    '/api/students/:id/enrollments/:enrollmentId',
    {
      schema: {
        tags,
        security,
        summary: 'End an enrollment on a date',
        params: enrollmentParams,
        body: endEnrollmentBody,
        response: { 200: studentDetail },
      },
    },
    async (request) =>
      endEnrollment(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        enrollmentId: request.params.enrollmentId,
      }),
  );
  app.get(
    '/api/students/:id/access-log',
    {
      schema: {
        tags,
        security,
        summary:
          "The student's record of access (34 CFR 300.614), newest first; pass `before` to page back",
        params: studentParams,
        querystring: accessLogQuery,
        response: {
          200: z.object({ items: z.array(accessLogEntry), nextBefore: z.number().nullable() }),
        },
      },
    },
    async (request) =>
      getStudentAccessLog(callOf(request, ctx), { ...request.query, studentId: request.params.id }),
  );
}
