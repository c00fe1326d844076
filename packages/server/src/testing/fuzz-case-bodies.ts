import { referralsFuzz } from '../referrals/fuzz.bodies.ts';
import { consentFuzz } from '../consent/fuzz.bodies.ts';
import { evaluationsFuzz } from '../evaluations/fuzz.bodies.ts';
import { meetingsFuzz } from '../meetings/fuzz.bodies.ts';
import { iepFuzz } from '../iep/fuzz.bodies.ts';
import { noticesFuzz } from '../notices/fuzz.bodies.ts';
import { documentsFuzz } from '../documents/fuzz.bodies.ts';
import { timelinesFuzz } from '../timelines/fuzz.bodies.ts';
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
  },
};
