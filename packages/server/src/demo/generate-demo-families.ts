import { emailPart, randomAddress, randomPerson, TOWN, type PersonName } from './demo-names.ts';
import type { DemoStudent } from './generate-demo-students.ts';
import { DEMO_ACCOUNTS } from './generate-demo-staff.ts';
import type { Random } from './random.ts';

export interface DemoGuardian {
  key: string;
  fullName: string;
  email: string | null;
  phone: string;
  address: string;
  preferredLanguage: string;
  /** The parent portal account linked to this guardian, if any. */
  accountEmail: string | null;
}

export interface DemoGuardianLink {
  studentNumber: string;
  guardianKey: string;
  relationship: string;
  educationalAuthority: boolean;
  authorityLimit: string | null;
}

export interface DemoFamilies {
  guardians: DemoGuardian[];
  links: DemoGuardianLink[];
}

const PRIMARY_RELATIONSHIP = {
  mother: 70,
  father: 17,
  grandmother: 8,
  'legal guardian': 3,
  aunt: 2,
} as const;
type Relationship = keyof typeof PRIMARY_RELATIONSHIP | 'foster parent';
/** undefined: either (randomPerson draws one). */
const SEX: Readonly<Record<Relationship, 'female' | 'male' | undefined>> = {
  mother: 'female',
  grandmother: 'female',
  aunt: 'female',
  father: 'male',
  'legal guardian': undefined,
  'foster parent': undefined,
};

/** Court-ordered limits recorded on some second parents (34 CFR 300.613(c)). */
const AUTHORITY_LIMITS = [
  {
    educationalAuthority: false,
    authorityLimit:
      'Family Court custody order: educational decisions rest with the other parent alone.',
  },
  {
    educationalAuthority: true,
    authorityLimit: 'Joint custody order: both parents must agree to any change of placement.',
  },
  {
    educationalAuthority: false,
    authorityLimit: 'Order of protection: no contact with the student at school.',
  },
] as const;
const LIMITED_PARENTS = 5;
const FOSTER_CARE_LIMIT =
  'Family Court order (foster care): educational decisions rest with the foster parent while the placement lasts.';

/**
 * One or two guardians for every student. `siblings` share one household: the demo parent's
 * family, whose mother holds the parent portal account.
 */
export function generateFamilies(
  random: Random,
  students: readonly DemoStudent[],
  siblings: readonly DemoStudent[],
): DemoFamilies {
  const guardians: DemoGuardian[] = [];
  const links: DemoGuardianLink[] = [];
  const secondParents: DemoGuardianLink[] = [];
  const siblingNumbers = new Set(siblings.map((s) => s.studentNumber));
  const households = [
    siblings,
    ...students.filter((s) => !siblingNumbers.has(s.studentNumber)).map((s) => [s]),
  ];

  for (const children of households) {
    const child = children[0];
    if (!child) continue;
    const address = child.homeless
      ? `Family shelter, 40 Harbor Road, ${TOWN}`
      : randomAddress(random);
    const addGuardian = (
      relationship: Relationship,
      name: PersonName,
      accountEmail: string | null = null,
    ): DemoGuardianLink[] => {
      const key = `G${guardians.length + 1}`;
      guardians.push({
        key,
        fullName: `${name.first} ${name.last}`,
        // example.com is reserved for examples: no message can reach a real family.
        email:
          accountEmail ??
          (random.chance(0.7)
            ? `${emailPart(name.first)}.${emailPart(name.last)}.${key.slice(1)}@example.com`
            : null),
        phone: `(914) 555-01${String(random.int(0, 99)).padStart(2, '0')}`,
        address,
        preferredLanguage: child.nativeLanguage,
        accountEmail,
      });
      const added = children.map((c) => ({
        studentNumber: c.studentNumber,
        guardianKey: key,
        relationship,
        educationalAuthority: true,
        authorityLimit: null,
      }));
      links.push(...added);
      return added;
    };
    const relative = (relationship: Relationship): PersonName => ({
      ...randomPerson(random, child.nativeLanguage, SEX[relationship]),
      last: child.lastName,
    });

    if (child.wardOfState) {
      addGuardian('foster parent', randomPerson(random, child.nativeLanguage));
      for (const link of addGuardian('mother', relative('mother'))) {
        Object.assign(link, { educationalAuthority: false, authorityLimit: FOSTER_CARE_LIMIT });
      }
      continue;
    }
    const isDemoFamily = children === siblings;
    const primary: Relationship = isDemoFamily ? 'mother' : random.weighted(PRIMARY_RELATIONSHIP);
    addGuardian(primary, relative(primary), isDemoFamily ? DEMO_ACCOUNTS.parent.email : null);
    if ((primary === 'mother' || primary === 'father') && (isDemoFamily || random.chance(0.55))) {
      const other = primary === 'mother' ? 'father' : 'mother';
      const added = addGuardian(other, relative(other));
      if (!isDemoFamily) secondParents.push(...added);
    }
  }
  random
    .shuffle(secondParents)
    .slice(0, LIMITED_PARENTS)
    .forEach((link, i) => {
      Object.assign(link, AUTHORITY_LIMITS[i % AUTHORITY_LIMITS.length]);
    });
  return { guardians, links };
}
