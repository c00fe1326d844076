import { referralsFuzz } from '../referrals/fuzz.bodies.ts';
import { consentFuzz } from '../consent/fuzz.bodies.ts';
import { evaluationsFuzz } from '../evaluations/fuzz.bodies.ts';
import { meetingsFuzz } from '../meetings/fuzz.bodies.ts';
import { iepFuzz } from '../iep/fuzz.bodies.ts';
import { noticesFuzz } from '../notices/fuzz.bodies.ts';
import { documentsFuzz } from '../documents/fuzz.bodies.ts';
import { timelinesFuzz } from '../timelines/fuzz.bodies.ts';
import { distributionFuzz } from '../distribution/fuzz.bodies.ts';
import { servicesFuzz } from '../services/fuzz.bodies.ts';
import { escalationsFuzz } from '../escalations/fuzz.bodies.ts';
import { recordsRequestsFuzz } from '../records-requests/fuzz.bodies.ts';
import { amendmentsFuzz } from '../amendments/fuzz.bodies.ts';
import { disclosuresFuzz } from '../disclosures/fuzz.bodies.ts';
import { destructionFuzz } from '../destruction/fuzz.bodies.ts';
import { completeRecordFuzz } from '../complete-record/fuzz.bodies.ts';
import type { FuzzBodies } from './fuzz-bodies.ts';

/** Every case module's valid bodies and forms, merged. */
export const caseFuzzBodies: FuzzBodies = {
  bodies: {
    ...referralsFuzz.bodies,
    ...consentFuzz.bodies,
    ...evaluationsFuzz.bodies,
    ...meetingsFuzz.bodies,
    ...iepFuzz.bodies,
    ...noticesFuzz.bodies,
    ...documentsFuzz.bodies,
    ...timelinesFuzz.bodies,
    ...distributionFuzz.bodies,
    ...servicesFuzz.bodies,
    ...escalationsFuzz.bodies,
    ...recordsRequestsFuzz.bodies,
    ...amendmentsFuzz.bodies,
    ...disclosuresFuzz.bodies,
    ...destructionFuzz.bodies,
    ...completeRecordFuzz.bodies,
  },
  forms: {
    ...referralsFuzz.forms,
    ...consentFuzz.forms,
    ...evaluationsFuzz.forms,
    ...meetingsFuzz.forms,
    ...iepFuzz.forms,
    ...noticesFuzz.forms,
    ...documentsFuzz.forms,
    ...timelinesFuzz.forms,
    ...distributionFuzz.forms,
    ...servicesFuzz.forms,
    ...escalationsFuzz.forms,
    ...recordsRequestsFuzz.forms,
    ...amendmentsFuzz.forms,
    ...disclosuresFuzz.forms,
    ...destructionFuzz.forms,
    ...completeRecordFuzz.forms,
  },
};
