import type { ColumnType, Generated } from 'kysely';
import type { NoticeDeliveryPreference } from '@continuum/rules/notices/index.ts';

/** Table types of 0007_notices.sql: notices, safeguards notice deliveries, the e-mail outbox. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = string; // YYYY-MM-DD

declare module '../schema.ts' {
  interface GuardiansTable {
    /** How the parent chose to receive notices (0007_notices.sql): mail unless they chose e-mail. */
    notice_delivery: Generated<NoticeDeliveryPreference>;
  }
}

export interface NoticesTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  kind: 'prior-written-notice' | 'meeting-notice';
  proposal: 'proposes' | 'refuses' | null;
  subjects: Generated<string[]>;
  /** The notice's texts, by element id. */
  content: ColumnType<Record<string, string>, string | undefined, string>;
  source_kind: 'iep-version' | 'evaluation' | 'meeting' | 'referral' | 'consent' | null;
  source_id: string | null;
  status: Generated<'draft' | 'sent'>;
  guardian_id: string | null;
  native_language: string | null;
  language: string | null;
  translation_needed: boolean | null;
  channel: 'mail' | 'email' | null;
  address_used: string | null;
  sent_on: DateString | null;
  sent_by: string | null;
  document_id: string | null;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
}

export interface SafeguardsDeliveriesTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  guardian_id: string;
  trigger: string;
  requested_on: DateString | null;
  delivered_on: DateString;
  channel: 'mail' | 'email' | 'in-person';
  address_used: string | null;
  native_language: string;
  language: string;
  translation_needed: boolean;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface EmailOutboxTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  notice_id: string | null;
  safeguards_delivery_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  document_id: string | null;
  status: Generated<'queued' | 'sent' | 'failed'>;
  attempted_at: Timestamp | null;
  result: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface NoticesTables {
  notices: NoticesTable;
  safeguards_deliveries: SafeguardsDeliveriesTable;
  email_outbox: EmailOutboxTable;
}
