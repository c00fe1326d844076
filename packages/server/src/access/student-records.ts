import type { SelectQueryBuilder } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';
import { inDistrict } from '../db/tenant.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { todayInNewYork } from '../clock.ts';
import type { AccessEntry, RecordType, AccessAction, Purpose } from './access-log.ts';
import { appendAccessLog } from './access-log.ts';
import type { Relationship, StudentAbilities } from './policy.ts';
import { relationshipColumns, studentAbilities, studentIsVisible } from './policy.ts';

/** A student the actor may reach, with the relationships that grant it and what they allow. */
export interface StudentGrant {
  studentId: string;
  relationships: ReadonlySet<Relationship>;
  abilities: StudentAbilities;
}

/**
 * The one door to student data (STYLE.md habit 3, from Medplum): built per request for one
 * actor, inside one tenant transaction. Use cases reach students only through it, so every
 * read is checked by the access policy and written to the access log in the same transaction.
 */
export class StudentRecords {
  readonly asOf: string;

  constructor(
    readonly tx: Tx,
    private readonly call: Call,
    private readonly denials: AccessEntry[],
  ) {
    this.asOf = todayInNewYork();
  }

  get actor() {
    return this.call.actor;
  }

  /** The students table (`s`) narrowed to the students the actor may see. */
  visibleStudents(): SelectQueryBuilder<DB & { s: DB['students'] }, 's', object> {
    return this.tx
      .selectFrom('students as s')
      .where((eb) => studentIsVisible(eb, this.call.actor, this.asOf));
  }

  /**
   * The actor's grant on one student, or NotFound (and a logged denial) when they hold no
   * relationship: outside the grants a student's records do not exist for them.
   */
  async grant(
    studentId: string,
    recordType: RecordType,
    action: AccessAction,
    purpose: Purpose,
  ): Promise<StudentGrant> {
    const row = await this.tx
      .selectFrom('students as s')
      .where('s.id', '=', studentId)
      .select((eb) => relationshipColumns(eb, this.call.actor, this.asOf))
      .select('s.id')
      .executeTakeFirst();
    const relationships = new Set<Relationship>();
    if (row) {
      for (const [key, value] of Object.entries(row)) {
        if (key.startsWith('rel_') && value === true)
          relationships.add(key.slice(4) as Relationship);
      }
    }
    if (relationships.size === 0) {
      this.denials.push({
        studentId: row ? studentId : null,
        recordType,
        action,
        purpose,
        outcome: 'denied',
      });
      throw new NotFoundError('student');
    }
    return {
      studentId,
      relationships,
      abilities: studentAbilities(this.call.actor, relationships),
    };
  }

  /**
   * The actor's grant to change a student's case (referral to IEP): the chairperson of the
   * student's committee or a district administrator (`abilities.manageCase`). Anyone else with
   * a relationship is refused with `refusal` (403), and the refusal is logged.
   */
  async grantCaseChange(
    studentId: string,
    recordType: RecordType,
    action: AccessAction,
    purpose: Purpose,
    refusal: string,
  ): Promise<StudentGrant> {
    return this.grantIf(
      studentId,
      recordType,
      action,
      purpose,
      (g) => g.abilities.manageCase,
      refusal,
    );
  }

  /**
   * The actor's grant when `may` allows it (a module's own rule on which relationships reach
   * its records); anyone else with a relationship is refused with `refusal` (403), and the
   * refusal is logged.
   */
  async grantIf(
    studentId: string,
    recordType: RecordType,
    action: AccessAction,
    purpose: Purpose,
    may: (grant: StudentGrant) => boolean,
    refusal: string,
  ): Promise<StudentGrant> {
    const grant = await this.grant(studentId, recordType, action, purpose);
    if (!may(grant)) {
      this.deny(studentId, recordType, action, purpose);
      throw new ForbiddenError(refusal);
    }
    return grant;
  }

  /** Records a refusal of an action the actor's grant does not allow; the caller then throws. */
  deny(studentId: string, recordType: RecordType, action: AccessAction, purpose: Purpose): void {
    this.denials.push({ studentId, recordType, action, purpose, outcome: 'denied' });
  }

  /** Writes what was read or changed to the access log, in this transaction: one row per student and record type. */
  async log(
    studentIds: readonly string[],
    recordTypes: RecordType | readonly RecordType[],
    action: AccessAction,
    purpose: Purpose,
  ): Promise<void> {
    const types = typeof recordTypes === 'string' ? [recordTypes] : recordTypes;
    await appendAccessLog(
      this.tx,
      this.call.actor,
      this.call.requestId,
      studentIds.flatMap((studentId) =>
        types.map((recordType) => ({
          studentId,
          recordType,
          action,
          purpose,
          outcome: 'allowed' as const,
        })),
      ),
    );
  }
}

/**
 * Runs a use case with the actor's student records in one tenant transaction. Denials are
 * written after it ends, in their own transaction, so a refused request (which rolls back)
 * still leaves its record in the access log.
 */
export async function withStudentRecords<T>(
  call: Call,
  work: (records: StudentRecords) => Promise<T>,
): Promise<T> {
  const denials: AccessEntry[] = [];
  const { db } = call.ctx.database;
  try {
    return await inDistrict(db, call.actor.districtId, (tx) =>
      work(new StudentRecords(tx, call, denials)),
    );
  } finally {
    if (denials.length) {
      await inDistrict(db, call.actor.districtId, (tx) =>
        appendAccessLog(tx, call.actor, call.requestId, denials),
      );
    }
  }
}
