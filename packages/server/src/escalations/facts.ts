import type { StudentRecords } from '../access/student-records.ts';
import { NotFoundError } from '../errors.ts';

/** What an escalation is pre-filled with (PREK, Contact Information), read for one student. */
export interface EscalationFacts {
  childName: string;
  dateOfBirth: string;
  level: 'preschool' | 'school-age';
  /** The site of the student's current enrollment (the latest begun), or null when none. */
  site: { id: string; name: string; address: string } | null;
}

/**
 * The child's name and date of birth, and the school's or program's name and address from
 * the student's current enrollment. The caller holds the grant and logs the read.
 */
export async function readEscalationFacts(
  records: StudentRecords,
  studentId: string,
): Promise<EscalationFacts> {
  const student = await records.tx
    .selectFrom('students')
    .select(['legal_first_name', 'legal_last_name', 'date_of_birth', 'level'])
    .where('id', '=', studentId)
    .executeTakeFirst();
  if (!student) throw new NotFoundError('student');
  const site = await records.tx
    .selectFrom('enrollments as e')
    .innerJoin('sites as site', (j) =>
      j.onRef('site.district_id', '=', 'e.district_id').onRef('site.id', '=', 'e.site_id'),
    )
    .select(['site.id', 'site.name', 'site.address'])
    .where('e.student_id', '=', studentId)
    .where('e.starts_on', '<=', records.asOf)
    .where((w) => w.or([w('e.ends_on', 'is', null), w('e.ends_on', '>=', records.asOf)]))
    .orderBy('e.starts_on', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    childName: `${student.legal_first_name} ${student.legal_last_name}`,
    dateOfBirth: student.date_of_birth,
    level: student.level,
    site: site ?? null,
  };
}

/** The services of the student's IEP in effect (its final version), in the IEP's order. */
export function servicesInEffect(records: StudentRecords, studentId: string) {
  return records.tx
    .selectFrom('iep_services as sv')
    .innerJoin('iep_versions as v', (j) =>
      j.onRef('v.district_id', '=', 'sv.district_id').onRef('v.id', '=', 'sv.iep_version_id'),
    )
    .select([
      'sv.id',
      'sv.program',
      'sv.service',
      'sv.frequency',
      'sv.period',
      'sv.duration_minutes',
    ])
    .where('sv.student_id', '=', studentId)
    .where('v.status', '=', 'final')
    .orderBy('sv.position');
}
