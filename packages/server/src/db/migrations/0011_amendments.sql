-- Amendment of records at a parent's request, the hearing, and the parent's statement (NYS
-- Procedural Safeguards Notice, Confidentiality of Information: Amendment of Records at
-- Parent's Request, Opportunity for a Hearing, Result of Hearing, Hearing Procedures; 34 CFR
-- 300.618-300.621). Every change of state is checked by the rules' `checkAmendmentStep` before
-- it is written; the CHECKs below keep each state's facts together. Forward-only.

CREATE TABLE amendment_requests (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  -- Who asked: a parent of the child (guardian_id), or the student of age.
  requester_kind text NOT NULL CHECK (requester_kind IN ('parent', 'student')),
  guardian_id uuid,
  received_on date NOT NULL,
  channel text NOT NULL CHECK (channel IN ('online', 'paper', 'in-person', 'email', 'phone')),
  -- Which record (a record type of the access log's catalogue, access/access-log.ts) and which
  -- information in it; why (300.618(a)); and the change asked for.
  record_type text NOT NULL,
  information text NOT NULL,
  reason text NOT NULL CHECK (reason IN ('inaccurate', 'misleading', 'violates-privacy')),
  change_requested text NOT NULL,
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'amended', 'refused',
    'hearing-requested', 'hearing-amended', 'hearing-kept', 'withdrawn')),
  -- The day the current state was recorded: the next step may not be earlier.
  status_on date NOT NULL,
  -- The district's decision (300.618(b)): amended (what was changed) or refused (why).
  decided_on date,
  decided_by uuid,
  decision_reason text,
  -- What was changed in the record, after the decision or the hearing.
  amendment_made text,
  -- The hearing (300.619, 300.621) and its result (300.620).
  hearing_requested_on date,
  hearing_held_on date,
  heard_by text,
  hearing_decided_on date,
  hearing_summary text,
  withdrawn_on date,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, guardian_id) REFERENCES guardians (district_id, id),
  CHECK ((requester_kind = 'student') = (guardian_id IS NULL)),
  CHECK (status_on >= received_on),
  -- A decision was made in every state past `requested` except a withdrawal before it.
  CHECK ((decided_on IS NULL) = (status = 'requested' OR (status = 'withdrawn'
    AND hearing_requested_on IS NULL))),
  CHECK ((decided_on IS NULL) = (decided_by IS NULL)),
  CHECK (decided_on IS NULL OR decided_on >= received_on),
  CHECK (status <> 'amended' OR amendment_made IS NOT NULL),
  CHECK (status NOT IN ('refused', 'hearing-requested', 'hearing-amended', 'hearing-kept')
    OR decision_reason IS NOT NULL),
  CHECK ((hearing_requested_on IS NOT NULL) = (status IN ('hearing-requested', 'hearing-amended',
    'hearing-kept') OR (status = 'withdrawn' AND decided_on IS NOT NULL))),
  CHECK (hearing_requested_on IS NULL OR hearing_requested_on >= decided_on),
  CHECK ((status IN ('hearing-amended', 'hearing-kept')) = (hearing_held_on IS NOT NULL
    AND heard_by IS NOT NULL AND hearing_decided_on IS NOT NULL AND hearing_summary IS NOT NULL)),
  CHECK (hearing_held_on IS NULL OR hearing_held_on >= hearing_requested_on),
  CHECK (hearing_decided_on IS NULL OR hearing_decided_on >= hearing_held_on),
  CHECK (status <> 'hearing-amended' OR amendment_made IS NOT NULL),
  CHECK ((status = 'withdrawn') = (withdrawn_on IS NOT NULL))
);
CREATE INDEX amendment_requests_student ON amendment_requests (district_id, student_id);

-- A parent's statement commenting on the information or giving their reasons for disagreeing
-- (300.620(b)): placed in the records after a hearing kept the information, "maintained by the
-- agency as part of the records of your child as long as the record or contested portion is
-- maintained", and disclosed with it. Attached to the record type the request challenged.
CREATE TABLE amendment_statements (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  amendment_request_id uuid NOT NULL,
  record_type text NOT NULL,
  statement text NOT NULL CHECK (length(statement) > 0),
  -- The parent who placed it (null when the student of age made the request).
  guardian_id uuid,
  received_on date NOT NULL,
  channel text NOT NULL CHECK (channel IN ('online', 'paper', 'in-person', 'email')),
  added_by uuid NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, amendment_request_id) REFERENCES amendment_requests (district_id, id),
  FOREIGN KEY (district_id, guardian_id) REFERENCES guardians (district_id, id)
);
CREATE INDEX amendment_statements_student ON amendment_statements (district_id, student_id,
  record_type);

-- The notice owed after a refusal (and after a hearing) goes through the outbox (0007).
ALTER TABLE email_outbox
  ADD COLUMN amendment_request_id uuid,
  ADD FOREIGN KEY (district_id, amendment_request_id) REFERENCES amendment_requests (district_id, id);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['amendment_requests', 'amendment_statements'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (district_id = current_district_id()) WITH CHECK (district_id = current_district_id())',
      t);
  END LOOP;
END $$;

-- Requests move through their states (UPDATE); never deleted. Statements are only added: the
-- app may never change or remove one (300.620(b)); removing one with its record is the
-- destruction's own path (ADR 0004), not the app's.
GRANT SELECT, INSERT, UPDATE ON amendment_requests TO continuum_app;
GRANT SELECT, INSERT ON amendment_statements TO continuum_app;
