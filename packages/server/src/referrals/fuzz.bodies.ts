import type { FuzzBodies } from '../testing/fuzz-bodies.ts';
import { referralBodies, referralForms } from './access.rows.ts';

/** Valid bodies of the `referrals` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const referralsFuzz: FuzzBodies = {
  bodies: {
    'POST /api/students/:id/referrals': referralBodies.create,
    'POST /api/students/:id/referrals/:referralId/designee-decision': referralBodies.designee,
    'POST /api/students/:id/referrals/:referralId/interventions': referralBodies.intervention,
    'PUT /api/students/:id/referrals/:referralId/admin-meeting': referralBodies.meeting,
    'POST /api/students/:id/referrals/:referralId/withdrawal': referralBodies.withdrawal,
  },
  forms: {
    'POST /students/:id/referrals': referralForms.create,
    'POST /students/:id/referrals/:referralId/designee-decision': referralForms.designee,
    'POST /students/:id/referrals/:referralId/interventions': referralForms.intervention,
    'POST /students/:id/referrals/:referralId/admin-meeting': referralForms.meeting,
    'POST /students/:id/referrals/:referralId/withdrawal': referralForms.withdrawal,
  },
};
