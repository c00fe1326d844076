import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';
import { registerAssets } from './assets.ts';
import { registerErrorPages, sendNotFoundPage } from './error-pages.tsx';
import { registerSignInPages } from './sign-in-pages.tsx';
import { registerStudentPages } from './student-pages.tsx';
import { registerStudentFormPages } from './student-form-pages.tsx';
import { registerGuardianEnrollmentPages } from './guardian-enrollment-pages.tsx';
import { registerSitePages } from './site-pages.tsx';
import { registerStaffPages } from './staff-pages.tsx';
import { registerAccountPages } from './account-pages.tsx';
import { registerIepPages } from './iep-pages.tsx';
import { registerEvaluationPages } from './evaluation-pages.tsx';
import { registerMeetingPages } from './meeting-pages.tsx';
import { registerTimelinePages } from './timeline-pages.tsx';
import { registerCalendarPages } from './calendar-pages.tsx';
import { registerConsentPages } from './consent-pages.tsx';
import { registerNoticePages } from './notice-pages.tsx';
import { registerDocumentPages } from './document-pages.tsx';
import { registerReferralPages } from './referral-pages.tsx';
import { registerDistributionPages } from './distribution-pages.tsx';
import { registerServicePages } from './service-pages.tsx';
import { registerEscalationPages } from './escalation-pages.tsx';
import { registerRecordsListPages } from './records-lists-pages.tsx';
import { registerRecordsRequestPages } from './records-requests-pages.tsx';
import { registerPrivacyPages } from './privacy-pages.tsx';
import { registerAmendmentPages } from './amendment-pages.tsx';
import { registerDisclosurePages } from './disclosure-pages.tsx';
import { registerDestructionPages } from './destruction-pages.tsx';
import { registerCompleteRecordPages } from './complete-record-pages.tsx';

/**
 * The server-rendered pages and their assets. They sit in their own plugin scope so their
 * errors become pages (the API's handler answers JSON), and they reach data only through the
 * same use cases as the API, which check the access policy and write the access log.
 */
export async function registerPages(app: FastifyInstance, ctx: AppContext): Promise<void> {
  // The app-wide not-found handler (http/error-handler.ts) answers a person with this page.
  app.decorate('notFoundPage', (request, reply) => sendNotFoundPage(request, reply, ctx));
  await app.register(async (pages) => {
    registerErrorPages(pages, ctx);
    await registerAssets(pages);
    registerSignInPages(pages, ctx);
    registerStudentPages(pages, ctx);
    registerStudentFormPages(pages, ctx);
    registerGuardianEnrollmentPages(pages, ctx);
    registerSitePages(pages, ctx);
    registerStaffPages(pages, ctx);
    registerAccountPages(pages, ctx);
    registerIepPages(pages, ctx);
    registerEvaluationPages(pages, ctx);
    registerMeetingPages(pages, ctx);
    registerTimelinePages(pages, ctx);
    registerCalendarPages(pages, ctx);
    registerConsentPages(pages, ctx);
    registerNoticePages(pages, ctx);
    registerDocumentPages(pages, ctx);
    registerReferralPages(pages, ctx);
    registerDistributionPages(pages, ctx);
    registerServicePages(pages, ctx);
    registerEscalationPages(pages, ctx);
    registerRecordsListPages(pages, ctx);
    registerRecordsRequestPages(pages, ctx);
    registerPrivacyPages(pages, ctx);
    registerAmendmentPages(pages, ctx);
    registerDisclosurePages(pages, ctx);
    registerDestructionPages(pages, ctx);
    registerCompleteRecordPages(pages, ctx);
  });
}
