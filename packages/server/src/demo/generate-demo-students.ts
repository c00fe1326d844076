import type { Temporal } from 'temporal-polyfill';
import type { Level } from '../db/schema.ts';
import { birthDateForAge, parseIsoDate, schoolYearStart } from './dates.ts';
import { LANGUAGE_WEIGHTS, randomPerson, type DemoLanguage } from './demo-names.ts';
import {
  AGE_BANDS,
  BAND_AGES,
  CPSE_STUDENTS_BY_SERVICE,
  OUT_OF_DISTRICT_BY_BAND,
  PRESCHOOL_CLASSIFICATION,
  SCHOOL_AGE_CLASSIFICATIONS,
  STUDENTS_BY_CLASSIFICATION,
  type AgeBand,
  type CpseService,
} from './district-plan.ts';
import type { SiteKey } from './generate-demo-staff.ts';
import type { Random } from './random.ts';

export interface DemoStudent {
  studentNumber: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  level: Level;
  /** 'K', '1'..'12', or 'UG' (ungraded); null for preschool. */
  grade: string | null;
  nativeLanguage: DemoLanguage;
  homeless: boolean;
  wardOfState: boolean;
  classification: string;
  siteKey: SiteKey;
  /** First day at the site: the first day of school, or a preschooler's third birthday if later. */
  startsOn: string;
}

type Draft =
  | {
      level: 'school-age';
      classification: string;
      band: AgeBand;
      outOfDistrict: SiteKey | undefined;
    }
  | { level: 'preschool'; service: CpseService; age: number };

const HOMELESS_STUDENTS = 6;
const WARDS_OF_STATE = 4;
/** Classifications first considered for a separate school or residential placement. */
const HIGH_NEED = new Set([
  'multiple-disabilities',
  'autism',
  'emotional-disturbance',
  'intellectual-disability',
  'deafness',
]);

export function generateStudents(random: Random, asOf: Temporal.PlainDate): DemoStudent[] {
  const drafts = random.shuffle([...schoolAgeDrafts(random), ...preschoolDrafts()]);
  const order = random.shuffle(drafts.map((_, i) => i));
  const homeless = new Set(order.slice(0, HOMELESS_STUDENTS));
  const wards = new Set(order.slice(HOMELESS_STUDENTS, HOMELESS_STUDENTS + WARDS_OF_STATE));
  return drafts.map((draft, i) => ({
    ...student(random, asOf, draft, i),
    homeless: homeless.has(i),
    wardOfState: wards.has(i),
  }));
}

function schoolAgeDrafts(random: Random): Draft[] {
  const drafts = SCHOOL_AGE_CLASSIFICATIONS.flatMap((classification) =>
    STUDENTS_BY_CLASSIFICATION[classification].flatMap((count, column) =>
      Array.from({ length: count }, () => ({ classification, band: AGE_BANDS[column] as AgeBand })),
    ),
  );
  // The plan's separate-school and residential counts, drawn from each band's students with
  // the highest-need classifications first.
  const placed = new Map<(typeof drafts)[number], SiteKey>();
  for (const band of AGE_BANDS) {
    const inBand = random.shuffle(drafts.filter((d) => d.band === band));
    const candidates = [
      ...inBand.filter((d) => HIGH_NEED.has(d.classification)),
      ...inBand.filter((d) => !HIGH_NEED.has(d.classification)),
    ];
    const sites = (['boces', 'residential'] as const).flatMap((site) =>
      Array<SiteKey>(OUT_OF_DISTRICT_BY_BAND[site][band] ?? 0).fill(site),
    );
    sites.forEach((site, i) => {
      const candidate = candidates[i];
      if (candidate) placed.set(candidate, site);
    });
  }
  return drafts.map((d) => ({ level: 'school-age', ...d, outOfDistrict: placed.get(d) }));
}

function preschoolDrafts(): Draft[] {
  return (Object.keys(CPSE_STUDENTS_BY_SERVICE) as CpseService[]).flatMap((service) =>
    CPSE_STUDENTS_BY_SERVICE[service].flatMap((count, column) =>
      Array.from({ length: count }, () => ({
        level: 'preschool' as const,
        service,
        age: 3 + column,
      })),
    ),
  );
}

type Generated = Omit<DemoStudent, 'homeless' | 'wardOfState'>;

function student(random: Random, asOf: Temporal.PlainDate, draft: Draft, index: number): Generated {
  const yearStart = schoolYearStart(asOf);
  const language = random.weighted(LANGUAGE_WEIGHTS);
  const name = randomPerson(random, language);
  const common = {
    studentNumber: String(260_000_001 + index),
    firstName: name.first,
    lastName: name.last,
    nativeLanguage: language,
  };
  // New York City admits children to kindergarten in the calendar year they turn 5, so the
  // grade follows the birth year: grade = (year the school year starts) - (birth year) - 5.
  const kindergartenBirthYear = yearStart.year - 5;
  if (draft.level === 'preschool') {
    const dateOfBirth = birthDateForAge(random, draft.age, asOf, {
      notBefore: yearStart.with({ year: kindergartenBirthYear + 1, month: 1, day: 1 }),
    });
    // CPSE services begin at 3: a child who turned 3 after the first day starts on the birthday.
    const thirdBirthday = parseIsoDate(dateOfBirth).add({ years: 3 }).toString();
    return {
      ...common,
      dateOfBirth,
      level: 'preschool',
      grade: null,
      classification: PRESCHOOL_CLASSIFICATION,
      // Related services and SEIT at the district's pre-K center; special classes at the approved program.
      siteKey: draft.service.startsWith('special-class') ? 'approved' : 'prek',
      startsOn: thirdBirthday > yearStart.toString() ? thirdBirthday : yearStart.toString(),
    };
  }
  const [youngest, oldest] = BAND_AGES[draft.band];
  const age = random.int(Math.max(youngest, 5), oldest);
  const dateOfBirth = birthDateForAge(random, age, asOf, {
    notAfter: yearStart.with({ year: kindergartenBirthYear, month: 12, day: 31 }),
  });
  const gradeNumber = kindergartenBirthYear - Number(dateOfBirth.slice(0, 4));
  const grade = gradeNumber === 0 ? 'K' : gradeNumber <= 12 ? String(gradeNumber) : 'UG';
  return {
    ...common,
    dateOfBirth,
    level: 'school-age',
    grade,
    classification: draft.classification,
    siteKey: draft.outOfDistrict ?? schoolFor(random, gradeNumber),
    startsOn: yearStart.toString(),
  };
}

function schoolFor(random: Random, gradeNumber: number): SiteKey {
  if (gradeNumber <= 5) return random.chance(0.5) ? 'maple' : 'riverside';
  return gradeNumber <= 8 ? 'middle' : 'high';
}
