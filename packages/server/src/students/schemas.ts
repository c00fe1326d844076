import { z } from 'zod';

/** Input and output shapes of the students module, shared by the API, the pages and tests. */

export const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
export const uuid = z.uuid({ error: 'must be an id' });

export const levels = ['preschool', 'school-age'] as const;
export const grades = [
  'K',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  'UG',
] as const;

/** Language codes the product knows (BCP 47 primary subtags). */
export const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
  error: 'must be a language code such as en, es or zh',
});

const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} is required` })
    .max(200);

const studentFields = {
  studentNumber: z.string().trim().min(1, { error: 'student id is required' }).max(40),
  legalFirstName: name('legal first name'),
  legalLastName: name('legal last name'),
  preferredName: z.string().trim().max(200).nullable().optional(),
  dateOfBirth: isoDate,
  level: z.enum(levels),
  grade: z.enum(grades).nullable().optional(),
  nativeLanguage: languageCode,
  homeless: z.boolean().optional(),
  wardOfState: z.boolean().optional(),
  classification: z.string().trim().max(80).nullable().optional(),
};

/** A preschool child has no grade; a school-age student has one. */
function gradeMatchesLevel(
  value: { level?: string | undefined; grade?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.level === 'preschool' && value.grade) {
    ctx.addIssue({ code: 'custom', path: ['grade'], message: 'a preschool child has no grade' });
  }
  if (value.level === 'school-age' && !value.grade) {
    ctx.addIssue({
      code: 'custom',
      path: ['grade'],
      message: 'a school-age student needs a grade',
    });
  }
}

export const createStudentBody = z.strictObject(studentFields).superRefine(gradeMatchesLevel);
export type CreateStudentInput = z.infer<typeof createStudentBody>;

export const updateStudentBody = z
  .strictObject({ ...studentFields, version: z.number().int().positive() })
  .partial()
  .required({ version: true })
  .superRefine((v, ctx) => {
    if ((v.level !== undefined) !== (v.grade !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['grade'], message: 'change level and grade together' });
    } else gradeMatchesLevel(v, ctx);
  });
export type UpdateStudentInput = z.infer<typeof updateStudentBody>;

export const listStudentsQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  siteId: uuid.optional(),
  level: z.enum(levels).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});
export type ListStudentsInput = z.infer<typeof listStudentsQuery>;

export const studentParams = z.strictObject({ id: uuid });

export const guardianBody = z.strictObject({
  fullName: name('full name'),
  relationship: z.string().trim().min(1, { error: 'relationship is required' }).max(60),
  email: z.email({ error: 'must be an e-mail address' }).nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  address: z.string().trim().max(400).nullable().optional(),
  preferredLanguage: languageCode.optional(),
  /** How the parent chose to receive notices (PSN, Electronic mail): mail unless they chose e-mail. */
  noticeDelivery: z.enum(['mail', 'email']).optional(),
  educationalAuthority: z.boolean().optional(),
  authorityLimit: z.string().trim().max(1000).nullable().optional(),
});
export type GuardianInput = z.infer<typeof guardianBody>;

export const updateGuardianBody = guardianBody
  .partial()
  .extend({ version: z.number().int().positive() });
export type UpdateGuardianInput = z.infer<typeof updateGuardianBody>;
export const guardianParams = z.strictObject({ id: uuid, guardianId: uuid });

export const enrollmentBody = z
  .strictObject({ siteId: uuid, startsOn: isoDate, endsOn: isoDate.nullable().optional() })
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: 'must be on or after startsOn',
  });
export type EnrollmentInput = z.infer<typeof enrollmentBody>;

export const endEnrollmentBody = z.strictObject({ endsOn: isoDate });
export const enrollmentParams = z.strictObject({ id: uuid, enrollmentId: uuid });

export const abilitiesSchema = z.object({
  view: z.boolean(),
  editProfile: z.boolean(),
  editGuardians: z.boolean(),
  editEnrollment: z.boolean(),
  viewAccessLog: z.boolean(),
  manageCase: z.boolean(),
});

export const studentSummary = z.object({
  id: z.string(),
  studentNumber: z.string(),
  legalFirstName: z.string(),
  legalLastName: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string(),
  level: z.enum(levels),
  grade: z.string().nullable(),
  classification: z.string().nullable(),
});
export type StudentSummary = z.infer<typeof studentSummary>;

export const studentDetail = studentSummary.extend({
  nativeLanguage: z.string(),
  homeless: z.boolean(),
  wardOfState: z.boolean(),
  version: z.number(),
  guardians: z.array(
    z.object({
      id: z.string(),
      fullName: z.string(),
      relationship: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      address: z.string().nullable(),
      preferredLanguage: z.string(),
      noticeDelivery: z.enum(['mail', 'email']),
      educationalAuthority: z.boolean(),
      authorityLimit: z.string().nullable(),
      version: z.number(),
    }),
  ),
  enrollments: z.array(
    z.object({
      id: z.string(),
      siteId: z.string(),
      siteName: z.string(),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
    }),
  ),
  abilities: abilitiesSchema,
});
export type StudentDetail = z.infer<typeof studentDetail>;

export const accessLogEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  actorRole: z.string(),
  recordType: z.string(),
  action: z.string(),
  purpose: z.string(),
  outcome: z.enum(['allowed', 'denied']),
  requestId: z.string(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntry>;

/** A page of the record of access: `before` is the `seq` of the oldest entry already shown. */
export const accessLogQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  before: z.coerce.number().int().min(1).optional(),
});
export type AccessLogPage = z.infer<typeof accessLogQuery>;
