import type { Random } from './random.ts';

/**
 * Small embedded lists for synthetic people and places. Common names only, grouped by the
 * family's home language so a generated family reads plausibly; no real person's record is
 * used or implied.
 */

/** Home languages of the demo district (ISO 639-1), with the share of students speaking each. */
export const LANGUAGE_WEIGHTS = {
  en: 55,
  es: 20,
  zh: 5,
  bn: 4,
  ar: 4,
  ru: 3,
  ht: 4,
  ur: 3,
  ko: 2,
} as const;

export type DemoLanguage = keyof typeof LANGUAGE_WEIGHTS;

interface NameList {
  female: readonly string[];
  male: readonly string[];
  last: readonly string[];
}

export const NAMES: Readonly<Record<DemoLanguage, NameList>> = {
  en: {
    female: [
      'Emma',
      'Olivia',
      'Ava',
      'Sophia',
      'Mia',
      'Abigail',
      'Emily',
      'Madison',
      'Chloe',
      'Grace',
      'Hannah',
      'Ella',
    ],
    male: [
      'Liam',
      'Noah',
      'James',
      'Benjamin',
      'Lucas',
      'Henry',
      'Michael',
      'Ethan',
      'Daniel',
      'Jack',
      'Owen',
      'Ryan',
    ],
    last: [
      'Smith',
      'Johnson',
      'Williams',
      'Brown',
      'Jones',
      'Miller',
      'Davis',
      'Wilson',
      'Anderson',
      'Taylor',
      'Thomas',
      'Moore',
      'Martin',
      'Jackson',
      'Thompson',
      'White',
      'Harris',
      'Clark',
      'Lewis',
      'Walker',
      'Young',
      'Allen',
      'Murphy',
      'Kelly',
    ],
  },
  es: {
    female: ['Sofia', 'Isabella', 'Camila', 'Valentina', 'Lucia', 'Mariana', 'Gabriela', 'Daniela'],
    male: ['Mateo', 'Santiago', 'Diego', 'Sebastian', 'Alejandro', 'Carlos', 'Luis', 'Javier'],
    last: [
      'Garcia',
      'Rodriguez',
      'Martinez',
      'Hernandez',
      'Lopez',
      'Gonzalez',
      'Perez',
      'Sanchez',
      'Ramirez',
      'Torres',
      'Flores',
      'Rivera',
      'Cruz',
      'Reyes',
    ],
  },
  zh: {
    female: ['Mei', 'Xiu', 'Ling', 'Yan', 'Jing', 'Hui'],
    male: ['Wei', 'Jun', 'Hao', 'Ming', 'Jian', 'Lei'],
    last: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao'],
  },
  bn: {
    female: ['Fatema', 'Nusrat', 'Tahmina', 'Sadia', 'Farzana', 'Ayesha'],
    male: ['Rahim', 'Karim', 'Arif', 'Tanvir', 'Sabbir', 'Imran'],
    last: ['Rahman', 'Hossain', 'Islam', 'Ahmed', 'Akter', 'Chowdhury', 'Uddin', 'Begum'],
  },
  ar: {
    female: ['Fatima', 'Mariam', 'Layla', 'Noor', 'Amira', 'Yasmin'],
    male: ['Omar', 'Yusuf', 'Ali', 'Khalid', 'Hassan', 'Ibrahim'],
    last: ['Haddad', 'Mansour', 'Saleh', 'Nasser', 'Khalil', 'Aziz', 'Hamdan', 'Farah'],
  },
  ru: {
    female: ['Anastasia', 'Sofia', 'Maria', 'Daria', 'Polina', 'Alina'],
    male: ['Alexander', 'Dmitri', 'Maxim', 'Ivan', 'Artem', 'Mikhail'],
    last: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov'],
  },
  ht: {
    female: ['Fabienne', 'Nadege', 'Rose', 'Guerline', 'Mirlande', 'Widline'],
    male: ['Jean', 'Pierre', 'Wesley', 'Ricardo', 'Jonas', 'Frantz'],
    last: [
      'Jean-Baptiste',
      'Pierre',
      'Joseph',
      'Charles',
      'Louis',
      'Etienne',
      'Desir',
      'Toussaint',
    ],
  },
  ur: {
    female: ['Zainab', 'Hira', 'Sana', 'Mehwish', 'Areeba', 'Iqra'],
    male: ['Bilal', 'Hamza', 'Usman', 'Faisal', 'Zain', 'Ahmad'],
    last: ['Khan', 'Malik', 'Qureshi', 'Siddiqui', 'Butt', 'Sheikh', 'Raza', 'Mirza'],
  },
  ko: {
    female: ['Ji-woo', 'Seo-yeon', 'Min-seo', 'Ha-eun', 'Soo-ah', 'Yu-na'],
    male: ['Min-jun', 'Seo-jun', 'Do-yun', 'Ji-ho', 'Hyun-woo', 'Joon-young'],
    last: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon'],
  },
};

export const STREETS = [
  'Maple Avenue',
  'Oak Street',
  'Elm Street',
  'Cedar Lane',
  'Park Avenue',
  'Main Street',
  'Hillside Avenue',
  'Lincoln Road',
  'Willow Court',
  'Spring Street',
  'Lakeview Drive',
  'Church Street',
  'Highland Avenue',
  'Brook Road',
  'Chestnut Street',
  'Sunset Drive',
] as const;

/** The demo district's synthetic town and postal code (all addresses are made up). */
export const TOWN = 'Demoville, NY 10999';

export interface PersonName {
  first: string;
  last: string;
}

export function randomPerson(
  random: Random,
  language: DemoLanguage,
  sex: 'female' | 'male' = random.chance(0.5) ? 'female' : 'male',
): PersonName {
  const names = NAMES[language];
  return { first: random.pick(names[sex]), last: random.pick(names.last) };
}

/** An e-mail local part from a name: lower-case ASCII letters only ("Jean-Baptiste" → "jeanbaptiste"). */
export function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** A made-up street address in the demo town. */
export function randomAddress(random: Random): string {
  return `${random.int(1, 999)} ${random.pick(STREETS)}, ${TOWN}`;
}
