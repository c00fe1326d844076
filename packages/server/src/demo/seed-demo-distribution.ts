import { delivery } from '@continuum/rules';
import {
  countBackward,
  day,
  isoDate,
  weekday,
  type CompiledCalendar,
  type Day,
} from '@continuum/rules/calendar/index.ts';
import type { Database } from '../db/database.ts';
import type { StaffRole } from '../db/schema.ts';
import { inDistrict } from '../db/tenant.ts';
import type { Call } from '../http/call.ts';
import { assignImplementer } from '../distribution/assign-implementer.ts';
import { confirmReview } from '../distribution/confirm-review.ts';
import { recordReview } from '../distribution/record-review.ts';
import { requestReview } from '../distribution/request-review.ts';
import {
  assignBody,
  reviewBody,
  reviewRequestBody,
  type AssignInput,
} from '../distribution/schemas.ts';
import { fileEscalation } from '../escalations/file-escalation.ts';
import { fileEscalationBody } from '../escalations/schemas.ts';
import { getServiceDelivery } from '../services/get-service-delivery.ts';
import { logSession, logWeek } from '../services/log-sessions.ts';
import { sessionInput, weekBody, type SessionInput } from '../services/schemas.ts';
import { compiledDemoCalendar } from './demo-calendar.ts';
import { DEMO_ACCOUNTS } from './generate-demo-staff.ts';
import { seedingCall, staffActor, type SeededCase, type SeedingStaff } from './seed-demo-cases.ts';

/**
 * What happens to the demo cases' final IEPs once they are made, so that a newcomer sees IEP
 * distribution and service delivery at work (PREK, Accessibility and Storage; Contact
 * Information):
 *
 * - **The completed school-age case**, a student of Maple Avenue Elementary School (the demo
 *   accounts' school). Two working days before the IEP starts, the demo principal assigns the
 *   demo teacher as classroom teacher (the whole IEP), the demo speech-language pathologist as
 *   the related service provider (speech-language therapy) and the demo paraprofessional (the
 *   whole IEP); the next day the principal reviews the IEP with the teacher, who confirms, and
 *   with the provider, who has not confirmed yet. The paraprofessional has asked the teacher to
 *   review it with them: the request is open, on the teacher's /notifications, and /distribution
 *   lists what is still missing. Since the IEP started, the provider has logged the therapy
 *   week by week, on Tuesdays and Thursdays: one session missed (the student was absent) and
 *   made up on the next school day without a session (the provider's /caseload, the student's
 *   Services).
 * - **The completed preschool case**, a child at the Demoville Pre-K Center. The Pre-K
 *   director assigns the Pre-K teacher as classroom teacher (the whole IEP; not reviewed yet
 *   and, like all demo staff but the demo accounts, without a password, so /distribution flags
 *   the account as never set up). No speech-language therapist has been found: /distribution
 *   shows the service nobody implements, /delivery shows it not started, and the director has
 *   raised it with the related services office (an open escalation at /escalations; the CPSE
 *   chairperson is notified).
 *
 * Every step is a use case of its module, with its input checked by the route's own schema,
 * as the staff member who takes it, in the cases' request (`demo-seed`). Dates are counted
 * back on the demo calendar from the IEP's own dates and from `asOf`, none after `asOf`.
 * Nothing is e-mailed (seedingCall): the escalation's and the notifications' e-mails stay
 * queued.
 *
 * Runs once, after seedDemoCases, when seedDemoDistrict creates the district; without the two
 * completed cases (`asOf` outside the demo calendar: no cases) there is nothing to do.
 */
export async function seedDemoDistribution(
  database: Database,
  options: { districtId: string; asOf: string; cases: readonly SeededCase[] },
): Promise<void> {
  const student = (stage: SeededCase['stage']) =>
    options.cases.find((c) => c.stage === stage)?.studentId;
  const schoolAge = student('school-age-completed');
  const preschool = student('preschool-completed');
  if (!schoolAge || !preschool) return;
  const story: Story = {
    database,
    districtId: options.districtId,
    asOf: day(options.asOf),
    calendar: compiledDemoCalendar(),
  };
  await implementedAndDelivered(story, schoolAge);
  await notStartedAndEscalated(story, preschool);
}

interface Story {
  database: Database;
  districtId: string;
  asOf: Day;
  calendar: CompiledCalendar;
}

/** `n` working days before `date` (school days, and workdays in the summer). */
const workdaysBefore = (story: Story, date: string, n: number) =>
  isoDate(countBackward(story.calendar, 'school-summer-workday', day(date), n));

/** The school days from `from` up to the day before `asOf`, oldest first. */
function schoolDaysSince(story: Story, from: string): Day[] {
  const days: Day[] = [];
  for (let n = 1; ; n += 1) {
    const d = countBackward(story.calendar, 'school', story.asOf, n);
    if (isoDate(d) < from) return days.reverse();
    days.push(d);
  }
}

interface Team {
  /** A call as the first staff member of the student's site holding `role`. */
  as: (role: StaffRole) => { call: Call; staff: SeedingStaff };
}

/** The staff working at the student's school or program now, the demo accounts first. */
async function teamOf(story: Story, studentId: string): Promise<Team> {
  const asOf = isoDate(story.asOf);
  const staff = await inDistrict(story.database.db, story.districtId, (tx) =>
    tx
      .selectFrom('enrollments as e')
      .innerJoin('staff_sites as ss', 'ss.site_id', 'e.site_id')
      .innerJoin('staff', 'staff.id', 'ss.staff_id')
      .innerJoin('accounts', 'accounts.id', 'staff.account_id')
      .where('e.student_id', '=', studentId)
      .where('e.starts_on', '<=', asOf)
      .where((eb) => eb.or([eb('e.ends_on', 'is', null), eb('e.ends_on', '>=', asOf)]))
      .select([
        'accounts.id as accountId',
        'accounts.email',
        'staff.id as staffId',
        'staff.full_name as fullName',
        'staff.roles',
      ])
      .orderBy(
        (eb) =>
          eb(
            'accounts.email',
            'in',
            Object.values(DEMO_ACCOUNTS).map((a) => a.email),
          ),
        'desc',
      )
      .orderBy('staff.full_name')
      .execute(),
  );
  return {
    as: (role) => {
      const member = staff.find((s) => s.roles.includes(role));
      if (!member) throw new Error(`demo seed: nobody at the student's site is a ${role}`);
      return {
        call: seedingCall(story.database, staffActor(story.districtId, member)),
        staff: member,
      };
    },
  };
}

/** The IEP in effect and its (one) related service, as the program leader finds them. */
async function iepInEffect(leader: Call, studentId: string) {
  const { iep, services } = await getServiceDelivery(leader, { studentId });
  const [service] = services;
  if (!iep?.projectedImplementationDate || !service?.takesEffectOn)
    throw new Error('demo seed: a completed case has no dated IEP with a service in effect');
  return {
    iepId: iep.iepId,
    startsOn: iep.projectedImplementationDate,
    service: { ...service, takesEffectOn: service.takesEffectOn },
  };
}

async function assign(
  leader: Call,
  target: { studentId: string; iepId: string },
  input: Pick<AssignInput, 'role' | 'services' | 'startsOn' | 'responsibility'> & {
    staff: SeedingStaff;
  },
) {
  const { staff, ...rest } = input;
  return assignImplementer(leader, {
    ...target,
    ...assignBody.parse({ staffId: staff.staffId, ...rest }),
  });
}

async function implementedAndDelivered(story: Story, studentId: string): Promise<void> {
  const team = await teamOf(story, studentId);
  const leader = team.as('program-leader').call;
  const teacher = team.as('teacher');
  const provider = team.as('provider');
  const para = team.as('paraprofessional');
  const { iepId, startsOn, service } = await iepInEffect(leader, studentId);
  const target = { studentId, iepId };

  // "Prior to initiation of IEP recommendations, all staff who are responsible for
  // implementing the IEP ... must be provided with electronic access" (PREK).
  const accessFrom = workdaysBefore(story, startsOn, 2);
  const teaching = await assign(leader, target, {
    staff: teacher.staff,
    role: 'classroom-teacher',
    services: [],
    startsOn: accessFrom,
    responsibility:
      'Carries out the IEP in class: the testing accommodations, directions repeated and checked, progress on the goal with the therapist.',
  });
  const therapy = await assign(leader, target, {
    staff: provider.staff,
    role: 'related-service-provider',
    services: [service.key],
    startsOn: accessFrom,
    responsibility: 'Speech-language therapy as the IEP says; logs every session.',
  });
  await assign(leader, target, {
    staff: para.staff,
    role: 'paraprofessional',
    services: [],
    startsOn: accessFrom,
    responsibility: 'Supports the student in class under the classroom teacher.',
  });

  // The program leader reviews the IEP with each teacher and provider; the teacher confirms.
  const reviewedOn = workdaysBefore(story, startsOn, 1);
  const review = (assignmentId: string, responsibilities: string) =>
    recordReview(leader, {
      ...target,
      ...reviewBody.parse({ assignmentId, reviewedOn, responsibilities }),
    });
  const withTeacher = await review(
    teaching.id,
    'Went over the present levels, the accommodations in class and on tests, and how progress on the goal is reported.',
  );
  await review(
    therapy.id,
    'Went over the speech-language goal, the sessions twice a week in groups of up to three, and logging each one.',
  );
  await confirmReview(teacher.call, { ...target, reviewId: withTeacher.id });

  // "The paraprofessional(s) must be given the opportunity to review the IEP upon request."
  await requestReview(para.call, {
    ...target,
    ...reviewRequestBody.parse({
      teacherStaffId: teacher.staff.staffId,
      note: 'Could we go over the management needs before the next unit?',
    }),
  });

  await logTherapy(story, provider.call, studentId, service);
}

/**
 * The provider logs the therapy (twice a week) on the Tuesdays and Thursdays since the service
 * took effect, one week's form at a time; the second session was missed (the student was
 * absent) and is made up on the next school day that has no session.
 */
async function logTherapy(
  story: Story,
  provider: Call,
  studentId: string,
  service: { id: string; takesEffectOn: string; durationMinutes: number; groupSize: number },
): Promise<void> {
  const schoolDays = schoolDaysSince(story, service.takesEffectOn);
  const sessionDays = schoolDays.filter((d) => weekday(d) === 2 || weekday(d) === 4);
  const missed = sessionDays[1];
  const row = (d: Day): SessionInput =>
    sessionInput.parse(
      d === missed
        ? {
            serviceId: service.id,
            date: isoDate(d),
            status: 'missed',
            minutes: 0,
            groupSize: service.groupSize,
            missedReason: 'student-absent',
          }
        : {
            serviceId: service.id,
            date: isoDate(d),
            status: 'delivered',
            minutes: service.durationMinutes,
            groupSize: service.groupSize,
          },
    );
  const weeks = new Map<Day, Day[]>();
  for (const d of sessionDays) {
    const monday = delivery.mondayOf(d);
    weeks.set(monday, [...(weeks.get(monday) ?? []), d]);
  }
  let missedId: string | undefined;
  for (const days of weeks.values()) {
    const { sessions } = await logWeek(provider, {
      studentId,
      ...weekBody.parse({ sessions: days.map(row) }),
    });
    missedId ??= sessions.find((s) => s.status === 'missed')?.id;
  }
  const makeUpOn =
    missed === undefined
      ? undefined
      : schoolDays.find((d) => d > missed && !sessionDays.includes(d));
  if (!missedId || !makeUpOn) return;
  await logSession(provider, {
    studentId,
    ...sessionInput.parse({
      serviceId: service.id,
      date: isoDate(makeUpOn),
      status: 'make-up',
      minutes: service.durationMinutes,
      groupSize: service.groupSize,
      makesUpSessionId: missedId,
      note: 'Makes up the session the student missed.',
    }),
  });
}

async function notStartedAndEscalated(story: Story, studentId: string): Promise<void> {
  const team = await teamOf(story, studentId);
  const leader = team.as('program-leader').call;
  const { iepId, startsOn, service } = await iepInEffect(leader, studentId);
  await assign(
    leader,
    { studentId, iepId },
    {
      staff: team.as('teacher').staff,
      role: 'classroom-teacher',
      services: [],
      startsOn: workdaysBefore(story, startsOn, 2),
      responsibility: 'Visual supports for routines and transitions; two-word phrases in play.',
    },
  );
  // PREK, Contact Information (Related Services): "services have not started".
  await fileEscalation(leader, {
    studentId,
    ...fileEscalationBody.parse({
      problem: 'services-not-started',
      serviceId: service.id,
      details: 'No therapist has come since the IEP started; the family is asking when it will.',
    }),
  });
}
