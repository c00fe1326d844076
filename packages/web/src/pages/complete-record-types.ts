import type { IepVersionFullView } from './iep-types.ts';
import type { AccessLogEntryView, StudentDetailView, StudentSummaryView } from './types.ts';
import type { RecordsRequestRecordView } from './records-requests.tsx';
import type { SessionRecordView } from './service-views.tsx';
import type { DisclosureRecordView } from './disclosures.tsx';
import type { AmendmentRecordView, AmendmentStatementRecordView } from './amendments.tsx';
import type { DestructionCaseRecordView } from './destruction.tsx';

/**
 * A child's complete record as the pages show it: the fields the outline words, mirroring the
 * server's `complete-record/schemas.ts` structurally (the web package needs nothing from it).
 */

export interface RecordCopyRecordView {
  id: string;
  madeOn: string;
  pages: number;
  perPageCents: number;
  feeWaived: boolean;
  feeCents: number;
  why: string;
  recordedBy: string;
}

export interface CompleteRecordView {
  studentId: string;
  studentName: string;
  asOf: string;
  mayHandle: boolean;
  sections: {
    profile: StudentSummaryView & {
      nativeLanguage: string;
      homeless: boolean;
      wardOfState: boolean;
    };
    guardians: StudentDetailView['guardians'];
    enrollments: StudentDetailView['enrollments'];
    caseTimeline: {
      events: readonly {
        id: string;
        type: string;
        on: string;
        recordedBy: string;
        voided: { at: string; by: string; reason: string | null } | null;
      }[];
      deadlines: readonly { rule: string; due: string | null; status: string; citation: string }[];
    };
    referrals: readonly {
      id: string;
      referrerKind: string;
      referrerName: string;
      reason: string;
      submittedOn: string;
      status: string;
    }[];
    consents: {
      items: readonly {
        id: string;
        type: string;
        state: string;
        stateOn: string;
        requestedOn: string;
        description: string;
      }[];
    };
    evaluations: {
      items: readonly {
        id: string;
        kind: string;
        requestedOn: string | null;
        completedOn: string | null;
        eligible: boolean | null;
        classification: string | null;
        components: readonly {
          id: string;
          component: string;
          status: string;
          reportOn: string | null;
          summary: string | null;
        }[];
      }[];
      ieeRequests: readonly { id: string; receivedOn: string; respondedOn: string | null }[];
    };
    meetings: readonly {
      id: string;
      committee: string;
      purpose: string;
      scheduledOn: string;
      status: string;
      heldOn: string | null;
      members: readonly { fullName: string; role: string; attended: boolean | null }[];
    }[];
    ieps: readonly {
      iep: { id: string; committee: string; createdAt: string };
      versions: readonly IepVersionFullView[];
    }[];
    notices: {
      notices: readonly {
        id: string;
        kind: string;
        status: string;
        sentOn: string | null;
        language: string | null;
        channel: string | null;
      }[];
      safeguardsDeliveries: readonly { id: string; deliveredOn: string; trigger: string }[];
    };
    documents: readonly { id: string; kind: string; title: string; created: string }[];
    implementers: {
      assignments: readonly { id: string; staffName: string; role: string; startsOn: string }[];
      reviews: readonly {
        id: string;
        versionNumber: number;
        reviewedOn: string;
        reviewedBy: string;
        responsibilities: string;
      }[];
      reviewRequests: readonly {
        id: string;
        teacherName: string;
        requestedAt: string;
        note: string;
      }[];
    };
    serviceSessions: readonly (Pick<SessionRecordView, 'status' | 'missedReason' | 'group'> & {
      id: string;
      service: string;
      date: string;
      minutes: number;
      providerName: string;
      voided: { at: string; reason: string } | null;
    })[];
    escalations: readonly {
      id: string;
      kind: string;
      problem: string;
      filedAt: string;
      status: string;
    }[];
    recordsRequests: readonly (RecordsRequestRecordView & {
      copiesMade: readonly RecordCopyRecordView[];
    })[];
    accessLog: readonly AccessLogEntryView[];
    disclosures: readonly DisclosureRecordView[];
    amendments: readonly Omit<AmendmentRecordView, 'actions'>[];
    destruction: Pick<
      DestructionCaseRecordView,
      | 'informedOn'
      | 'informedHow'
      | 'informedGuardianName'
      | 'noticeEmailStatus'
      | 'requestedOn'
      | 'requestChannel'
      | 'requester'
      | 'requesterName'
    >;
  };
  /** The parents' statements, each with the section of the record it is attached to (34 CFR 300.620(b)). */
  statements: readonly (AmendmentStatementRecordView & { section: string })[];
}
