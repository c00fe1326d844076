import { checkCpseMembership } from './committee.ts';
import type { CpseRole } from './committee.ts';

/**
 * Who must take part in a committee meeting, by committee. The PLAN (CSE appointment) appoints
 * the CSE and its subcommittees "in accordance with ... Education Law 4402 ... and Section 200.3
 * of the Regulations of the Commissioner", and lists the CPSE's members itself (Preschool
 * children with disabilities; see checkCpseMembership). The CSE's and a subcommittee's members
 * are those of 8 NYCRR 200.3(a)(1) and 200.3(c)(2).
 */
export const MEETING_ROLES = [
  'chairperson',
  'parent',
  'general-education-teacher',
  'special-education-teacher',
  'special-education-provider',
  'school-psychologist',
  'parent-member',
  'county-representative',
  'evaluator',
  'school-physician',
  'student',
  'interpreter',
  'other',
] as const;
export type MeetingRole = (typeof MEETING_ROLES)[number];

export type MeetingCommittee = 'cse' | 'cpse' | 'subcommittee';

/** One required member: met by any one of `roles`; `excusable` when a written excusal may stand in. */
export interface MemberRequirement {
  id: string;
  label: string;
  roles: readonly MeetingRole[];
  excusable: boolean;
}

const CSE_CITATION = 'PLAN, CSE appointment (Education Law 4402; 8 NYCRR 200.3(a)(1))';
const SUBCOMMITTEE_CITATION = 'PLAN, CSE appointment (8 NYCRR 200.3(c)(2))';
const CPSE_CITATION = 'PLAN, Preschool children with disabilities (Education Law 4410)';

const chair: MemberRequirement = {
  id: 'chairperson',
  label: 'the chairperson (district representative)',
  roles: ['chairperson'],
  excusable: false,
};
const parent: MemberRequirement = {
  id: 'parent',
  label: "the student's parent or person in parental relation",
  roles: ['parent'],
  excusable: false,
};
const generalTeacher: MemberRequirement = {
  id: 'general-education-teacher',
  label: 'a general education teacher',
  roles: ['general-education-teacher'],
  excusable: true,
};
const specialTeacher: MemberRequirement = {
  id: 'special-education-teacher-or-provider',
  label: 'a special education teacher or provider',
  roles: ['special-education-teacher', 'special-education-provider'],
  excusable: true,
};
const psychologist: MemberRequirement = {
  id: 'school-psychologist',
  label: 'a school psychologist',
  roles: ['school-psychologist'],
  excusable: true,
};
const parentMember: MemberRequirement = {
  id: 'parent-member',
  label: 'the additional parent member',
  roles: ['parent-member'],
  excusable: true,
};

/**
 * The members a meeting of this committee needs. A subcommittee needs a school psychologist
 * only when it reviews a new psychological evaluation or considers a program with a more
 * intensive staff ratio (8 NYCRR 200.3(c)(2)(iv)); the CSE always does (200.3(a)(1)(v)).
 */
export function requiredMembers(
  committee: MeetingCommittee,
  options: { psychologistNeeded?: boolean } = {},
): readonly MemberRequirement[] {
  switch (committee) {
    case 'cse':
      return [chair, parent, generalTeacher, specialTeacher, psychologist, parentMember];
    case 'subcommittee':
      return [
        chair,
        parent,
        generalTeacher,
        specialTeacher,
        ...(options.psychologistNeeded ? [psychologist] : []),
      ];
    case 'cpse':
      return [
        chair,
        parent,
        generalTeacher,
        parentMember,
        {
          id: 'county-representative',
          label: 'the county representative',
          roles: ['county-representative'],
          excusable: true,
        },
        {
          id: 'evaluator-or-provider',
          label: 'an evaluator or special education provider',
          roles: ['evaluator', 'special-education-provider'],
          excusable: true,
        },
      ];
  }
}

export interface MeetingAttendance {
  role: MeetingRole;
  attended: boolean;
  /** A written excusal, agreed by the parent, for a member who did not attend. */
  excused: boolean;
}

export interface MembershipGap {
  committee: MeetingCommittee;
  /** The requirement's id (`parent-member`, `evaluator-or-provider` …). */
  missing: string;
  message: string;
  citation: string;
}

const CPSE_ROLES: ReadonlySet<string> = new Set<CpseRole>([
  'chairperson',
  'general-education-teacher',
  'parent-member',
  'parent',
  'county-representative',
  'evaluator',
  'special-education-provider',
]);

/**
 * The required members a held meeting lacks: a requirement is met by a member of one of its
 * roles who attended, or, where a written excusal may stand in, one who was excused. The
 * parent counts as present when they took part in any way the PSN allows (in person, by
 * telephone or video) or, having not come, when the district's efforts to involve them are
 * recorded (the caller passes `attended: true` for the parent then). The CPSE's list is the
 * PLAN's, checked by checkCpseMembership.
 */
export function checkMeetingMembership(
  committee: MeetingCommittee,
  attendance: readonly MeetingAttendance[],
  options: { psychologistNeeded?: boolean } = {},
): MembershipGap[] {
  const present = (r: MemberRequirement) =>
    attendance.some((a) => r.roles.includes(a.role) && (a.attended || (r.excusable && a.excused)));
  if (committee === 'cpse') {
    // The PLAN's own list: excused members count as there where a requirement allows it.
    const roles = requiredMembers('cpse')
      .filter(present)
      .flatMap((r) => r.roles)
      .filter((r): r is CpseRole => CPSE_ROLES.has(r));
    return checkCpseMembership(roles).map((v) => ({
      committee,
      missing: String(v.facts.missing),
      message: v.message,
      citation: v.citation,
    }));
  }
  const name = committee === 'cse' ? 'The CSE' : 'The subcommittee';
  return requiredMembers(committee, options)
    .filter((r) => !present(r))
    .map((r) => ({
      committee,
      missing: r.id,
      message: `${name} is missing ${r.label}.`,
      citation: committee === 'cse' ? CSE_CITATION : SUBCOMMITTEE_CITATION,
    }));
}

export const CPSE_MEMBERSHIP_CITATION = CPSE_CITATION;
