-- Notices to parents: prior written notice (notice of recommendation) and meeting notices,
-- drafted, checked and sent; procedural safeguards notice deliveries; the e-mail outbox; and
-- each parent's choice of how to receive notices. Forward-only.

-- A parent receives notices by mail unless they chose e-mail (PSN, Electronic mail;
-- 34 CFR 300.505): the choice is theirs, so the default is mail.
ALTER TABLE guardians
  ADD COLUMN notice_delivery text NOT NULL DEFAULT 'mail'
    CHECK (notice_delivery IN ('mail', 'email'));

-- A notice is a draft (edited, with a version for optimistic concurrency) until it is sent;
-- once sent it is rendered to a stored document and never changed (a new notice corrects it).
-- `content` holds the notice's texts: for a prior written notice its eight required elements
-- (PSN, Prior written notice, Content of notice), for a meeting notice the meeting's details.
CREATE TABLE notices (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('prior-written-notice', 'meeting-notice')),
  -- Prior written notice: whether the district proposes or refuses, and what (PSN, Notice).
  proposal text CHECK (proposal IN ('proposes', 'refuses')),
  subjects text[] NOT NULL DEFAULT '{}'
    CHECK (subjects <@ ARRAY['identification', 'evaluation', 'educational-placement',
      'provision-of-fape']::text[]),
  content jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- The record the notice was made from (an IEP version, evaluation, meeting, referral or
  -- consent), if any.
  source_kind text CHECK (source_kind IN ('iep-version', 'evaluation', 'meeting', 'referral',
    'consent')),
  source_id uuid,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent')),
  -- Set when sent: the parent it went to, in which language, how, and the stored document.
  guardian_id uuid,
  native_language text,
  language text,
  translation_needed boolean,
  channel text CHECK (channel IN ('mail', 'email')),
  address_used text,
  sent_on date,
  sent_by uuid,
  document_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, guardian_id) REFERENCES guardians (district_id, id),
  FOREIGN KEY (district_id, document_id) REFERENCES documents (district_id, id),
  CHECK ((source_kind IS NULL) = (source_id IS NULL)),
  CHECK (kind <> 'prior-written-notice' OR proposal IS NOT NULL),
  -- A sent notice says to whom, in what language, how, when, by whom, and which document.
  CHECK ((status = 'sent') = (sent_on IS NOT NULL)),
  CHECK (status = 'draft' OR (guardian_id IS NOT NULL AND language IS NOT NULL
    AND native_language IS NOT NULL AND translation_needed IS NOT NULL AND channel IS NOT NULL
    AND address_used IS NOT NULL AND sent_by IS NOT NULL AND document_id IS NOT NULL))
);
CREATE INDEX notices_student ON notices (district_id, student_id, created_at);

-- A sent notice is what the parent received: the database refuses to change or remove it.
CREATE FUNCTION notices_refuse_change_when_sent() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF OLD.status = 'sent' THEN
      RAISE EXCEPTION 'a sent notice is immutable: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER notices_immutable_when_sent BEFORE UPDATE OR DELETE ON notices
  FOR EACH ROW EXECUTE FUNCTION notices_refuse_change_when_sent();

-- Each delivery of the procedural safeguards notice (PSN, opening section: once a year and on
-- each trigger). Recorded, never changed; the case event `procedural-safeguards-notice-given`
-- points here.
CREATE TABLE safeguards_deliveries (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  guardian_id uuid NOT NULL,
  trigger text NOT NULL CHECK (trigger IN ('annual', 'initial-referral', 'parent-request',
    'first-due-process-complaint', 'first-state-complaint', 'disciplinary-change-of-placement')),
  -- The day the parent asked for a copy (trigger parent-request).
  requested_on date,
  delivered_on date NOT NULL,
  channel text NOT NULL CHECK (channel IN ('mail', 'email', 'in-person')),
  address_used text,
  native_language text NOT NULL,
  language text NOT NULL,
  -- The district has no written copy in the parent's language: an oral or other translation
  -- is owed (PSN, Notice in understandable language).
  translation_needed boolean NOT NULL,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, guardian_id) REFERENCES guardians (district_id, id),
  CHECK ((trigger = 'parent-request') = (requested_on IS NOT NULL)),
  CHECK (requested_on IS NULL OR requested_on <= delivered_on),
  CHECK (channel = 'in-person' OR address_used IS NOT NULL)
);
CREATE INDEX safeguards_deliveries_student ON safeguards_deliveries (district_id, student_id, delivered_on);

-- E-mail the product owes a parent. Without a configured mail server (SMTP_URL) messages stay
-- queued: the product never claims to have sent what it did not.
CREATE TABLE email_outbox (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  notice_id uuid,
  safeguards_delivery_id uuid,
  to_address text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  document_id uuid,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempted_at timestamptz,
  -- What the mail server answered (message id or error), never the message itself.
  result text,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, notice_id) REFERENCES notices (district_id, id),
  FOREIGN KEY (district_id, safeguards_delivery_id) REFERENCES safeguards_deliveries (district_id, id),
  FOREIGN KEY (district_id, document_id) REFERENCES documents (district_id, id),
  CHECK ((status = 'queued') = (attempted_at IS NULL))
);
CREATE INDEX email_outbox_queued ON email_outbox (district_id, status, created_at);
CREATE INDEX email_outbox_notice ON email_outbox (district_id, notice_id);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['notices', 'safeguards_deliveries', 'email_outbox'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (district_id = current_district_id()) WITH CHECK (district_id = current_district_id())',
      t);
  END LOOP;
END $$;

-- Drafts are edited and sent (UPDATE; the trigger guards sent notices); deliveries are only
-- added; an outbox row is updated once with the mail server's answer.
GRANT SELECT, INSERT, UPDATE ON notices TO continuum_app;
GRANT SELECT, INSERT ON safeguards_deliveries TO continuum_app;
GRANT SELECT, INSERT, UPDATE ON email_outbox TO continuum_app;
