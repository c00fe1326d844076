-- Requests to inspect and review a child's education records (NYS Procedural Safeguards
-- Notice, Access Rights, 34 CFR 300.613): who asked, when and how it was received, what they
-- asked for, and whether the records were provided or the request withdrawn. Recording a
-- request records the `records-request` case event, so the rules engine derives the
-- `records-inspection` deadline ("in no case more than 45 calendar days after you have made a
-- request", and before any IEP meeting or hearing); providing records
-- `records-inspection-provided`. Forward-only.

CREATE TABLE records_requests (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  -- Who asked: a parent (guardian_id); a representative of a parent (representative_name, and
  -- guardian_id the parent who authorized them, with the day the district recorded that
  -- authorization; none recorded is refused, never stored); the student (of age).
  requester_kind text NOT NULL CHECK (requester_kind IN ('parent', 'representative', 'student')),
  guardian_id uuid,
  representative_name text,
  authorization_recorded_on date,
  received_on date NOT NULL,
  channel text NOT NULL CHECK (channel IN ('online', 'paper', 'in-person', 'email', 'phone')),
  -- What they asked for (300.613(b)): inspect and review, explanations and interpretations of
  -- the records, copies (when they cannot effectively inspect without them).
  inspect boolean NOT NULL,
  explanations boolean NOT NULL,
  copies boolean NOT NULL,
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'provided', 'withdrawn')),
  provided_on date,
  provided_how text,
  withdrawn_on date,
  -- The case events this request recorded (case_events.source = 'records-request').
  request_event_id uuid NOT NULL,
  provided_event_id uuid,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  closed_by uuid,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, guardian_id) REFERENCES guardians (district_id, id),
  FOREIGN KEY (district_id, request_event_id) REFERENCES case_events (district_id, id),
  FOREIGN KEY (district_id, provided_event_id) REFERENCES case_events (district_id, id),
  CHECK (inspect OR explanations OR copies),
  CHECK ((requester_kind = 'student') = (guardian_id IS NULL)),
  CHECK ((requester_kind = 'representative') =
    (representative_name IS NOT NULL AND authorization_recorded_on IS NOT NULL)),
  CHECK ((status = 'provided') = (provided_on IS NOT NULL AND provided_how IS NOT NULL
    AND provided_event_id IS NOT NULL)),
  CHECK ((status = 'withdrawn') = (withdrawn_on IS NOT NULL)),
  CHECK (provided_on IS NULL OR provided_on >= received_on),
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= received_on)
);
CREATE INDEX records_requests_student ON records_requests (district_id, student_id);
CREATE INDEX records_requests_open ON records_requests (district_id, received_on)
  WHERE status = 'requested';

ALTER TABLE records_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON records_requests USING (district_id = current_district_id())
  WITH CHECK (district_id = current_district_id());

-- Requests are provided or withdrawn (UPDATE of status); never deleted.
GRANT SELECT, INSERT, UPDATE ON records_requests TO continuum_app;
