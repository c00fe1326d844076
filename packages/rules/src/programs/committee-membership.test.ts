import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMeetingMembership } from './committee-membership.ts';
import type { MeetingAttendance, MeetingCommittee, MeetingRole } from './committee-membership.ts';

const came = (role: MeetingRole): MeetingAttendance => ({ role, attended: true, excused: false });
const excused = (role: MeetingRole): MeetingAttendance => ({
  role,
  attended: false,
  excused: true,
});
const absent = (role: MeetingRole): MeetingAttendance => ({
  role,
  attended: false,
  excused: false,
});

const fullCse = [
  came('chairperson'),
  came('parent'),
  came('general-education-teacher'),
  came('special-education-teacher'),
  came('school-psychologist'),
  came('parent-member'),
];
const fullCpse = [
  came('chairperson'),
  came('parent'),
  came('general-education-teacher'),
  came('parent-member'),
  came('county-representative'),
  came('evaluator'),
];

describe('committee membership: who must take part in a meeting', () => {
  const cases: {
    name: string;
    source: string;
    committee: MeetingCommittee;
    attendance: MeetingAttendance[];
    psychologistNeeded?: boolean;
    missing: string[];
  }[] = [
    {
      name: 'a CSE meeting with the chairperson, parent, both teachers, the psychologist and the parent member is complete',
      source: '8 NYCRR 200.3(a)(1), via PLAN, CSE appointment',
      committee: 'cse',
      attendance: fullCse,
      missing: [],
    },
    {
      name: 'a CSE meeting without a school psychologist lacks one',
      source: '8 NYCRR 200.3(a)(1)(v)',
      committee: 'cse',
      attendance: fullCse.filter((a) => a.role !== 'school-psychologist'),
      missing: ['school-psychologist'],
    },
    {
      name: 'a special education provider meets the CSE requirement of a special education teacher or provider',
      source: '8 NYCRR 200.3(a)(1)(iii)',
      committee: 'cse',
      attendance: [
        ...fullCse.filter((a) => a.role !== 'special-education-teacher'),
        came('special-education-provider'),
      ],
      missing: [],
    },
    {
      name: 'a general education teacher excused in writing stands in for attendance',
      source: '34 CFR 300.321(e)',
      committee: 'cse',
      attendance: [
        ...fullCse.filter((a) => a.role !== 'general-education-teacher'),
        excused('general-education-teacher'),
      ],
      missing: [],
    },
    {
      name: 'the chairperson cannot be excused: the committee needs its district representative',
      source: '8 NYCRR 200.3(a)(1)(iv)',
      committee: 'cse',
      attendance: [...fullCse.filter((a) => a.role !== 'chairperson'), excused('chairperson')],
      missing: ['chairperson'],
    },
    {
      name: 'a member listed but absent without an excusal does not count',
      source: '8 NYCRR 200.3(a)(1)',
      committee: 'cse',
      attendance: [...fullCse.filter((a) => a.role !== 'parent-member'), absent('parent-member')],
      missing: ['parent-member'],
    },
    {
      name: 'a subcommittee needs no psychologist or parent member unless a new psychological evaluation or a more intensive ratio is considered',
      source: '8 NYCRR 200.3(c)(2)',
      committee: 'subcommittee',
      attendance: fullCse.filter(
        (a) => a.role !== 'school-psychologist' && a.role !== 'parent-member',
      ),
      missing: [],
    },
    {
      name: 'a subcommittee reviewing a new psychological evaluation needs a school psychologist',
      source: '8 NYCRR 200.3(c)(2)(iv)',
      committee: 'subcommittee',
      attendance: fullCse.filter((a) => a.role !== 'school-psychologist'),
      psychologistNeeded: true,
      missing: ['school-psychologist'],
    },
    {
      name: "the CPSE's members are the PLAN's list",
      source: 'PLAN, Preschool children with disabilities',
      committee: 'cpse',
      attendance: fullCpse,
      missing: [],
    },
    {
      name: 'a CPSE meeting without the county representative lacks one',
      source: 'PLAN, Preschool children with disabilities',
      committee: 'cpse',
      attendance: fullCpse.filter((a) => a.role !== 'county-representative'),
      missing: ['county-representative'],
    },
    {
      name: 'a CPSE meeting with no one present lacks every member of the PLAN',
      source: 'PLAN, Preschool children with disabilities',
      committee: 'cpse',
      attendance: [],
      missing: [
        'chairperson',
        'general-education-teacher',
        'parent-member',
        'parent',
        'county-representative',
        'evaluator-or-provider',
      ],
    },
  ];
  for (const c of cases) {
    void test(`${c.name} (${c.source})`, () => {
      const gaps = checkMeetingMembership(c.committee, c.attendance, {
        psychologistNeeded: c.psychologistNeeded ?? false,
      });
      assert.deepEqual(
        gaps.map((g) => g.missing),
        c.missing,
      );
      for (const g of gaps) assert.match(g.citation, /^PLAN, /);
    });
  }
});
