-- The case core shared by the referral-to-IEP domains: the district's school calendar (the
-- rules engine counts school days on it), case events (every step of a case records one; the
-- rules engine derives the student's deadlines from them), and immutable documents (the IEP
-- and every notice, rendered once and kept with a content hash). Forward-only.

-- One calendar file per district (the format of docs/rules/timelines.md), checked by the rules
-- package before it is stored. The version guards concurrent edits.
CREATE TABLE school_calendars (
  district_id uuid PRIMARY KEY REFERENCES districts (id),
  calendar jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A case event is a fact with a date (timelines.md, Event types): `type` is an event type id of
-- the rules package, `details` its extra fields (recommendsSpecialClass …). `source` names the
-- record that produced it (a consent, a meeting …). Events are never deleted: a mistaken one is
-- voided, with who, when and why, and the deadlines are derived again without it.
CREATE TABLE case_events (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  type text NOT NULL CHECK (type ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  occurred_on date NOT NULL,
  occurred_at timestamptz,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  source text NOT NULL,
  source_id uuid,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  voided_at timestamptz,
  voided_by uuid,
  void_reason text,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  CHECK ((voided_at IS NULL) = (voided_by IS NULL))
);
CREATE INDEX case_events_student ON case_events (district_id, student_id, occurred_on);
CREATE INDEX case_events_source ON case_events (district_id, source_id);

-- Documents as sent or finalized: the bytes and their SHA-256, never changed afterwards. The
-- hash is computed here so no client can store a document under another's hash.
CREATE TABLE documents (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title text NOT NULL,
  language text NOT NULL,
  media_type text NOT NULL DEFAULT 'application/pdf',
  content bytea NOT NULL,
  sha256 text NOT NULL,
  source text NOT NULL,
  source_id uuid,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id)
);
CREATE INDEX documents_student ON documents (district_id, student_id, created_at);
CREATE INDEX documents_source ON documents (district_id, source_id);

CREATE FUNCTION documents_hash_content() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    NEW.sha256 := encode(sha256(NEW.content), 'hex');
    RETURN NEW;
  END $$;
CREATE TRIGGER documents_hash BEFORE INSERT ON documents
  FOR EACH ROW EXECUTE FUNCTION documents_hash_content();

CREATE FUNCTION documents_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    RAISE EXCEPTION 'documents are immutable: % is not allowed', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END $$;
CREATE TRIGGER documents_immutable BEFORE UPDATE OR DELETE ON documents
  FOR EACH ROW EXECUTE FUNCTION documents_refuse_change();

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['school_calendars', 'case_events', 'documents'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (district_id = current_district_id()) WITH CHECK (district_id = current_district_id())',
      t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON school_calendars TO continuum_app;
-- Events are voided, never deleted; documents are only added.
GRANT SELECT, INSERT, UPDATE ON case_events TO continuum_app;
GRANT SELECT, INSERT ON documents TO continuum_app;
