-- The IEP and its versions (DESIGN.md: IEP versions are immutable once final; changes create
-- an amendment version). An IEP is the document a committee develops for a student; each
-- version is one state of its content: draft -> final -> superseded (by an amendment's final,
-- or by the student's next IEP). The content is a typed structure (iep/schemas.ts), validated
-- by the server and stored as jsonb; the dates the deadlines read are columns. Forward-only.

CREATE TABLE ieps (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  -- The committee that develops it: CSE for school-age students, CPSE for preschool children.
  committee text NOT NULL CHECK (committee IN ('cse', 'cpse')),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id)
);
CREATE INDEX ieps_student ON ieps (district_id, student_id, created_at);

CREATE TABLE iep_versions (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  iep_id uuid NOT NULL,
  student_id uuid NOT NULL,
  -- 1 for the IEP as first developed; each amendment adds one.
  number integer NOT NULL CHECK (number >= 1),
  -- The final version an amendment was copied from (null for version 1).
  amends_version_id uuid,
  status text NOT NULL CHECK (status IN ('draft', 'final', 'superseded')),
  content jsonb NOT NULL,
  -- The committee meeting that developed this version (meetings, 0005), and its date as the
  -- use case read it when the draft was saved (held_on, else scheduled_on).
  meeting_id uuid,
  meeting_date date,
  projected_implementation_date date,
  -- At most one year after the meeting (annual review) and three years (reevaluation); the
  -- finalize check (rules: iep/readiness.ts) enforces both with their citations.
  annual_review_date date,
  reevaluation_date date,
  -- Optimistic concurrency for drafts: every save raises it; a stale save is a 409.
  lock_version integer NOT NULL DEFAULT 1,
  saved_by uuid NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now(),
  finalized_by uuid,
  finalized_at timestamptz,
  -- The rendered IEP, kept as an immutable document (documents, 0003).
  document_id uuid,
  superseded_by_version_id uuid,
  superseded_at timestamptz,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, iep_id, number),
  FOREIGN KEY (district_id, iep_id) REFERENCES ieps (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, amends_version_id) REFERENCES iep_versions (district_id, id),
  FOREIGN KEY (district_id, document_id) REFERENCES documents (district_id, id),
  FOREIGN KEY (district_id, meeting_id) REFERENCES meetings (district_id, id),
  -- A final (or superseded) version was finalized by someone, at a time, with its document.
  CHECK (status = 'draft' OR (finalized_at IS NOT NULL AND finalized_by IS NOT NULL AND document_id IS NOT NULL)),
  CHECK ((status = 'superseded') = (superseded_at IS NOT NULL))
);
-- Only one draft per IEP at a time: two drafts would be two competing truths.
CREATE UNIQUE INDEX iep_versions_one_draft ON iep_versions (district_id, iep_id) WHERE status = 'draft';
-- One IEP in effect per student: finalizing a version supersedes the previous final first.
CREATE UNIQUE INDEX iep_versions_one_final ON iep_versions (district_id, student_id) WHERE status = 'final';
CREATE INDEX iep_versions_iep ON iep_versions (district_id, iep_id, number);

-- A final version can never change: its content, dates, meeting and document are what the
-- committee decided and the parent received. The only change allowed is the one the workflow
-- needs, final -> superseded (with who superseded it and when). Superseded versions never
-- change, and no version is ever deleted. This holds for every client of the database, not
-- only the application (iep-versions.int.test.ts tries it with plain SQL).
CREATE FUNCTION iep_versions_guard_final() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'IEP versions are never deleted'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.status = 'draft' THEN
      RETURN NEW;
    END IF;
    IF OLD.status = 'final' AND NEW.status = 'superseded'
       AND (to_jsonb(NEW) - 'status' - 'superseded_at' - 'superseded_by_version_id')
           = (to_jsonb(OLD) - 'status' - 'superseded_at' - 'superseded_by_version_id') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'This IEP version is % and cannot be changed; start an amendment instead', OLD.status
      USING ERRCODE = 'insufficient_privilege';
  END $$;
CREATE TRIGGER iep_versions_immutable_once_final BEFORE UPDATE OR DELETE ON iep_versions
  FOR EACH ROW EXECUTE FUNCTION iep_versions_guard_final();

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ieps', 'iep_versions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (district_id = current_district_id()) WITH CHECK (district_id = current_district_id())',
      t);
  END LOOP;
END $$;

GRANT SELECT, INSERT ON ieps TO continuum_app;
-- Versions are updated (drafts saved, finalized, superseded: the trigger above guards which),
-- never deleted.
GRANT SELECT, INSERT, UPDATE ON iep_versions TO continuum_app;
