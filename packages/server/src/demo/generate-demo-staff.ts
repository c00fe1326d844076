import type { Committee, SiteKind, StaffRole } from '../db/schema.ts';
import { emailPart, LANGUAGE_WEIGHTS, randomPerson, TOWN } from './demo-names.ts';
import type { Random } from './random.ts';

/** The demo district's sites and staff (pure: a function of the random generator only). */

export const DEMO_EMAIL_DOMAIN = 'demo.continuum.test';

export type SiteKey =
  'high' | 'middle' | 'maple' | 'riverside' | 'prek' | 'approved' | 'boces' | 'residential';

export interface DemoSite {
  key: SiteKey;
  name: string;
  kind: SiteKind;
  address: string;
}

export const DEMO_SITES: readonly DemoSite[] = [
  {
    key: 'high',
    address: `200 Highland Avenue, ${TOWN}`,
    name: 'Demoville High School',
    kind: 'district-school',
  },
  {
    key: 'middle',
    address: `150 Lincoln Road, ${TOWN}`,
    name: 'Demoville Middle School',
    kind: 'district-school',
  },
  {
    key: 'maple',
    address: `45 Maple Avenue, ${TOWN}`,
    name: 'Maple Avenue Elementary School',
    kind: 'district-school',
  },
  {
    key: 'riverside',
    address: `12 Riverside Drive, ${TOWN}`,
    name: 'Riverside Elementary School',
    kind: 'district-school',
  },
  {
    key: 'prek',
    address: `8 Church Street, ${TOWN}`,
    name: 'Demoville Pre-K Center',
    kind: 'pre-k-center',
  },
  {
    key: 'approved',
    address: `310 Spring Street, ${TOWN}`,
    name: 'Little Steps Preschool (approved program)',
    kind: 'approved-preschool',
  },
  {
    key: 'boces',
    address: `1 BOCES Way, ${TOWN}`,
    name: 'Valley BOCES Regional Program',
    kind: 'boces',
  },
  {
    key: 'residential',
    address: `900 Hillcrest Road, ${TOWN}`,
    name: 'Hillcrest Residential School',
    kind: 'non-public-school',
  },
];

/**
 * The accounts a person signs in with to try the demo, each with the same password (the
 * caller's). The principal, teacher, provider and paraprofessional work at Maple Avenue
 * Elementary School; the parent's children attend it.
 */
export const DEMO_ACCOUNTS = {
  admin: { email: `admin@${DEMO_EMAIL_DOMAIN}`, kind: 'staff', role: 'district-admin' },
  chair: { email: `chair@${DEMO_EMAIL_DOMAIN}`, kind: 'staff', role: 'chairperson' },
  cpse: { email: `cpse@${DEMO_EMAIL_DOMAIN}`, kind: 'staff', role: 'chairperson' },
  principal: { email: `principal@${DEMO_EMAIL_DOMAIN}`, kind: 'staff', role: 'program-leader' },
  teacher: { email: `teacher@${DEMO_EMAIL_DOMAIN}`, kind: 'staff', role: 'teacher' },
  provider: { email: `provider@${DEMO_EMAIL_DOMAIN}`, kind: 'staff', role: 'provider' },
  para: { email: `para@${DEMO_EMAIL_DOMAIN}`, kind: 'staff', role: 'paraprofessional' },
  privacy: { email: `privacy@${DEMO_EMAIL_DOMAIN}`, kind: 'staff', role: 'privacy-officer' },
  parent: { email: `parent@${DEMO_EMAIL_DOMAIN}`, kind: 'parent', role: null },
} as const satisfies Record<
  string,
  { email: string; kind: 'staff' | 'parent'; role: StaffRole | null }
>;
export type DemoAccountName = keyof typeof DEMO_ACCOUNTS;
type DemoStaffAccount = Exclude<DemoAccountName, 'parent'>;

/** The demo teacher's school. */
export const DEMO_TEACHER_SITE: SiteKey = 'maple';

export interface DemoMembership {
  committee: Committee;
  /** null: the committee of the whole district. */
  siteKey: SiteKey | null;
}

export interface DemoStaff {
  email: string;
  fullName: string;
  title: string;
  roles: StaffRole[];
  /** Only the demo accounts can sign in; the other staff have no password. */
  signIn: boolean;
  siteKeys: SiteKey[];
  committees: DemoMembership[];
}

interface StaffSpec {
  account?: DemoStaffAccount;
  title: string;
  roles: StaffRole[];
  sites?: SiteKey[];
  committees?: DemoMembership[];
}

const districtWide = (committee: Committee): DemoMembership => ({ committee, siteKey: null });

const STAFF: readonly StaffSpec[] = [
  { account: 'admin', title: 'Director of Special Education', roles: ['district-admin'] },
  {
    account: 'chair',
    title: 'CSE chairperson',
    roles: ['chairperson'],
    committees: [districtWide('cse')],
  },
  {
    account: 'cpse',
    title: 'CPSE chairperson',
    roles: ['chairperson'],
    committees: [districtWide('cpse')],
  },
  {
    account: 'principal',
    title: 'Principal',
    roles: ['program-leader'],
    sites: [DEMO_TEACHER_SITE],
  },
  {
    account: 'teacher',
    title: 'Special education teacher',
    roles: ['teacher'],
    sites: [DEMO_TEACHER_SITE],
  },
  {
    account: 'provider',
    title: 'Speech-language pathologist',
    roles: ['provider'],
    sites: [DEMO_TEACHER_SITE, 'riverside'],
  },
  {
    account: 'para',
    title: 'Paraprofessional',
    roles: ['paraprofessional'],
    sites: [DEMO_TEACHER_SITE],
  },
  { account: 'privacy', title: 'Records access officer', roles: ['privacy-officer'] },
  { title: 'Principal', roles: ['program-leader'], sites: ['riverside'] },
  { title: 'Principal', roles: ['program-leader'], sites: ['middle'] },
  { title: 'Principal', roles: ['program-leader'], sites: ['high'] },
  { title: 'Pre-K director', roles: ['program-leader'], sites: ['prek'] },
  { title: 'Special education teacher', roles: ['teacher'], sites: ['maple'] },
  { title: 'Special education teacher', roles: ['teacher'], sites: ['riverside'] },
  {
    title: 'General education teacher',
    roles: ['teacher', 'committee-member'],
    sites: ['riverside'],
    committees: [{ committee: 'cse', siteKey: 'riverside' }],
  },
  { title: 'Special education teacher', roles: ['teacher'], sites: ['middle'] },
  { title: 'Special education teacher', roles: ['teacher'], sites: ['middle'] },
  { title: 'Special education teacher', roles: ['teacher'], sites: ['high'] },
  { title: 'Special education teacher', roles: ['teacher'], sites: ['high'] },
  {
    title: 'Pre-K teacher',
    roles: ['teacher', 'committee-member'],
    sites: ['prek'],
    committees: [districtWide('cpse')],
  },
  {
    title: 'School psychologist',
    roles: ['committee-member', 'provider'],
    sites: ['maple', 'riverside'],
    committees: [districtWide('cse')],
  },
  {
    title: 'School psychologist',
    roles: ['committee-member', 'provider'],
    sites: ['middle', 'high'],
    committees: [{ committee: 'cse', siteKey: 'high' }],
  },
  {
    title: 'School social worker',
    roles: ['committee-member'],
    committees: [districtWide('cpse')],
  },
  { title: 'Occupational therapist', roles: ['provider'], sites: ['maple', 'riverside', 'prek'] },
  { title: 'Physical therapist', roles: ['provider'], sites: ['middle', 'high', 'prek'] },
  { title: 'School counselor', roles: ['provider'], sites: ['high'] },
  { title: 'Special education itinerant teacher', roles: ['seit'], sites: ['prek', 'approved'] },
  { title: 'Special education itinerant teacher', roles: ['seit'], sites: ['approved'] },
  { title: 'Paraprofessional', roles: ['paraprofessional'], sites: ['riverside'] },
  { title: 'Paraprofessional', roles: ['paraprofessional'], sites: ['middle'] },
  { title: 'Paraprofessional', roles: ['paraprofessional'], sites: ['high'] },
  { title: 'Impartial hearing officer', roles: ['hearing-officer'] },
  { title: 'Internal auditor', roles: ['auditor'] },
];

export function generateStaff(random: Random): DemoStaff[] {
  return STAFF.map((spec, index) => {
    const name = randomPerson(random, random.weighted(LANGUAGE_WEIGHTS));
    return {
      email: spec.account
        ? DEMO_ACCOUNTS[spec.account].email
        : `${emailPart(name.first)}.${emailPart(name.last)}.${index + 1}@${DEMO_EMAIL_DOMAIN}`,
      fullName: `${name.first} ${name.last}`,
      title: spec.title,
      roles: spec.roles,
      signIn: spec.account !== undefined,
      siteKeys: spec.sites ?? [],
      committees: spec.committees ?? [],
    };
  });
}
