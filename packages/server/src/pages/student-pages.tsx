import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { StudentListPage, StudentPage, studentNotices } from '@continuum/web';
import type {
  EndEnrollmentField,
  EnrollmentField,
  FormState,
  GuardianField,
  StudentNotice,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import type { Call } from '../http/call.ts';
import { callOf } from '../http/call.ts';
import { getNextDeadlines } from '../timelines/get-next-deadlines.ts';
import { NotFoundError } from '../errors.ts';
import { mayCreateStudents, mayReadDirectory } from '../access/policy.ts';
import { listStudentsQuery, studentParams } from '../students/schemas.ts';
import { listStudents } from '../students/list-students.ts';
import { getStudent } from '../students/get-student.ts';
import { getStudentAccessLog } from '../students/get-student-access-log.ts';
import { listSites } from '../directory/sites.ts';
import { pageContext, sendPage } from './page-context.ts';

const pageSize = 25;

/**
 * The id of `/students/:id` (and of its sub-pages, whose other parameters are their own); a
 * malformed one names no student (and costs no query).
 */
export function studentIdOf(request: FastifyRequest): string {
  const parsed = studentParams.shape.id.safeParse((request.params as { id?: unknown }).id);
  if (!parsed.success) throw new NotFoundError('student');
  return parsed.data;
}

/** The list's filters from the address; a filter that does not parse is left out. */
function listFilters(query: Record<string, unknown>) {
  const { q, level, siteId } = listStudentsQuery.shape;
  const keep = <T,>(result: { success: boolean; data?: T }) =>
    result.success ? result.data : undefined;
  const page = Number(query.page);
  return {
    q: keep(q.safeParse(query.q)) || undefined,
    level: keep(level.safeParse(query.level)),
    siteId: keep(siteId.safeParse(query.siteId || undefined)),
    pageNumber: Number.isInteger(page) && page >= 1 && page <= 10000 ? page : 1,
  };
}

/** The sites for a filter or the enroll form, when the user may read the directory. */
async function sitesFor(call: Call) {
  return mayReadDirectory(call.actor) ? (await listSites(call)).items : undefined;
}

export interface StudentPageForms {
  guardianForm?: FormState<GuardianField>;
  enrollmentForm?: FormState<EnrollmentField>;
  endEnrollmentForm?: { enrollmentId: string; state: FormState<EndEnrollmentField> };
}

/**
 * The student page: the profile (a logged read), the record of access only when the
 * student's abilities allow it, and the sites only when the enroll form is shown.
 */
/** The record of access shows this many entries at a time, newest first. */
const accessLogPageSize = 25;

export async function sendStudentPage(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: AppContext,
  studentId: string,
  options: StudentPageForms & { status?: number; notice?: StudentNotice } = {},
): Promise<FastifyReply> {
  const call = callOf(request, ctx);
  const student = await getStudent(call, { studentId });
  const before = Number((request.query as { logBefore?: string } | undefined)?.logBefore);
  const accessLog = student.abilities.viewAccessLog
    ? await getStudentAccessLog(call, {
        studentId,
        limit: accessLogPageSize,
        ...(Number.isInteger(before) && before > 0 ? { before } : {}),
      })
    : undefined;
  const sites = student.abilities.editEnrollment ? await sitesFor(call) : undefined;
  const caseDeadlines = await getNextDeadlines(call, { studentId });
  const { status, ...props } = options;
  return sendPage(
    reply,
    <StudentPage
      page={pageContext(request, reply, ctx)}
      student={student}
      accessLog={accessLog?.items}
      accessLogOlder={accessLog?.nextBefore ?? null}
      sites={sites}
      caseDeadlines={caseDeadlines}
      {...props}
    />,
    status,
  );
}

export function registerStudentPages(app: FastifyInstance, ctx: AppContext): void {
  app.get('/students', async (request, reply) => {
    const call = callOf(request, ctx);
    const { pageNumber, ...filters } = listFilters(request.query as Record<string, unknown>);
    const [result, sites] = await Promise.all([
      listStudents(call, { ...filters, limit: pageSize, offset: (pageNumber - 1) * pageSize }),
      sitesFor(call),
    ]);
    return sendPage(
      reply,
      <StudentListPage
        page={pageContext(request, reply, ctx)}
        query={filters}
        students={result.items}
        total={result.total}
        pageNumber={pageNumber}
        pageSize={pageSize}
        sites={sites}
        mayCreate={mayCreateStudents(call.actor)}
      />,
    );
  });

  app.get('/students/:id', async (request, reply) => {
    const done = (request.query as Record<string, unknown>).done;
    const notice = studentNotices.find((n) => n === done);
    return sendStudentPage(request, reply, ctx, studentIdOf(request), { notice });
  });
}
