import type { RecordType } from '../access/access-log.ts';
import { recordTypeTables } from '../records-lists/record-types.ts';

/**
 * The records a parent may ask to amend: every type of the list of types and locations (34 CFR
 * 300.616), which is the access log's catalogue, except the list of students (not one child's
 * record). A statement is attached to the type the request challenged.
 */
export const amendableRecordTypes = (Object.keys(recordTypeTables) as RecordType[]).filter(
  (t) => t !== 'student-list',
) as [Exclude<RecordType, 'student-list'>, ...Exclude<RecordType, 'student-list'>[]];
export type AmendableRecordType = (typeof amendableRecordTypes)[number];
