import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.ts';
import { registerPages } from '../pages/routes.ts';
import { registerEvaluationRoutes } from '../evaluations/routes.ts';
import { registerMeetingRoutes } from '../meetings/routes.ts';
import { registerStudentRoutes } from '../students/routes.ts';
import { registerDirectoryRoutes } from '../directory/routes.ts';
import { registerSessionRoutes } from '../auth/routes.ts';
import { registerNoticeRoutes } from '../notices/routes.ts';
import { registerDocumentRoutes } from '../documents/routes.ts';
import { registerConsentRoutes } from '../consent/routes.ts';
import { registerReferralRoutes } from '../referrals/routes.ts';
import { registerTimelineRoutes } from '../timelines/routes.ts';
import { registerCalendarRoutes } from '../calendar/routes.ts';
import { registerIepRoutes } from '../iep/routes.ts';
import { registerDistributionRoutes } from '../distribution/routes.ts';
import { registerServiceRoutes } from '../services/routes.ts';
import { registerEscalationRoutes } from '../escalations/routes.ts';
import { registerRecordsListRoutes } from '../records-lists/routes.ts';
import { registerRecordsRequestRoutes } from '../records-requests/routes.ts';
import { registerPrivacyRoutes } from '../privacy/routes.ts';
import { registerAmendmentRoutes } from '../amendments/routes.ts';
import { registerDisclosureRoutes } from '../disclosures/routes.ts';
import { registerDestructionRoutes } from '../destruction/routes.ts';
import { registerCompleteRecordRoutes } from '../complete-record/routes.ts';

/** Every module's routes, registered in this order. A new domain module adds itself here. */
export const routeModules: ((app: FastifyInstance, ctx: AppContext) => Promise<void> | void)[] = [
  registerSessionRoutes,
  registerStudentRoutes,
  registerDirectoryRoutes,
  registerCalendarRoutes,
  registerReferralRoutes,
  registerConsentRoutes,
  registerEvaluationRoutes,
  registerMeetingRoutes,
  registerIepRoutes,
  registerNoticeRoutes,
  registerDocumentRoutes,
  registerTimelineRoutes,
  registerDistributionRoutes,
  registerServiceRoutes,
  registerEscalationRoutes,
  registerRecordsListRoutes,
  registerRecordsRequestRoutes,
  registerPrivacyRoutes,
  registerAmendmentRoutes,
  registerDisclosureRoutes,
  registerDestructionRoutes,
  registerCompleteRecordRoutes,
  registerPages,
];
