-- Evaluations and committee meetings (issue 4, items 3 and 4): an evaluation's plan and its
-- components, eligibility, independent educational evaluation requests; CSE, CPSE and
-- subcommittee meetings with their members, attendance and recommendation, and a parent's
-- written request that the full CSE review a subcommittee's recommendation. Forward-only.

-- A committee meeting. Scheduled first (date, time, place); once held, who came and what the
-- committee recommended are recorded. `recommendation` keeps the program ids of the rules
-- package's catalog and where they are delivered, exactly as the authority check read them.
CREATE TABLE meetings (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  committee text NOT NULL CHECK (committee IN ('cse', 'cpse', 'subcommittee')),
  purpose text NOT NULL
    CHECK (purpose IN ('initial', 'annual-review', 'reevaluation', 'requested-review', 'amendment')),
  scheduled_on date NOT NULL,
  scheduled_time text NOT NULL CHECK (scheduled_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  place text NOT NULL,
  -- The language of the interpreter the parent needs (PSN, Hearing rights; Native language), or null.
  interpreter_language text,
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held')),
  held_on date,
  parent_participation text
    CHECK (parent_participation IN ('in-person', 'phone', 'video', 'did-not-attend')),
  -- What the district did to involve a parent who did not attend (34 CFR 300.322(d)).
  parent_efforts text,
  recommendation jsonb,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  -- A held meeting says when, and how the parent took part; a scheduled one says neither.
  CHECK ((status = 'held') = (held_on IS NOT NULL)),
  CHECK ((status = 'held') = (parent_participation IS NOT NULL)),
  CHECK (parent_participation IS DISTINCT FROM 'did-not-attend' OR parent_efforts IS NOT NULL)
);
CREATE INDEX meetings_student ON meetings (district_id, student_id, scheduled_on);

-- The people of one meeting, by role. `attended` is null until the meeting is held; a member
-- who did not attend may be excused in writing (`excusal`), with the parent's agreement.
CREATE TABLE meeting_members (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL,
  -- The order members are listed in (the order they were added).
  position integer NOT NULL,
  full_name text NOT NULL,
  role text NOT NULL CHECK (role ~ '^[a-z]+(-[a-z]+)*$'),
  attended boolean,
  excusal text,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, meeting_id) REFERENCES meetings (district_id, id),
  CHECK (excusal IS NULL OR attended IS FALSE)
);
CREATE INDEX meeting_members_meeting ON meeting_members (district_id, meeting_id);

-- A parent's written request that the full CSE review a subcommittee's recommendation (PLAN,
-- CSE appointment, Responsibilities). Open until a full CSE meeting held on or after the day
-- it was received addresses it.
CREATE TABLE full_committee_review_requests (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  received_on date NOT NULL,
  addressed_by uuid,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, meeting_id) REFERENCES meetings (district_id, id),
  FOREIGN KEY (district_id, addressed_by) REFERENCES meetings (district_id, id)
);
CREATE INDEX full_committee_review_requests_student
  ON full_committee_review_requests (district_id, student_id);

-- An evaluation: initial, or a reevaluation (with the day the request was received). Its
-- eligibility is decided once, at a committee meeting when there is one.
CREATE TABLE evaluations (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('initial', 'reevaluation')),
  requested_on date,
  completed_on date,
  eligible boolean,
  classification text,
  eligibility_decided_on date,
  eligibility_meeting_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, eligibility_meeting_id) REFERENCES meetings (district_id, id),
  CHECK ((kind = 'reevaluation') = (requested_on IS NOT NULL)),
  CHECK ((eligible IS NULL) = (eligibility_decided_on IS NULL)),
  -- Eligible with a classification; not eligible without one.
  CHECK (eligible IS NOT TRUE OR classification IS NOT NULL),
  CHECK (eligible IS NOT FALSE OR classification IS NULL)
);
CREATE INDEX evaluations_student ON evaluations (district_id, student_id, created_at);

-- One assessment of an evaluation's plan: who gives it, where it stands, the report.
CREATE TABLE evaluation_components (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  evaluation_id uuid NOT NULL,
  component text NOT NULL CHECK (component ~ '^[a-z]+(-[a-z]+)*$'),
  evaluator text,
  status text NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'scheduled', 'completed', 'cancelled')),
  appointment_on date,
  report_on date,
  summary text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, evaluation_id) REFERENCES evaluations (district_id, id),
  CHECK (status <> 'completed' OR report_on IS NOT NULL)
);
CREATE INDEX evaluation_components_evaluation ON evaluation_components (district_id, evaluation_id);

-- A parent's request for an independent educational evaluation at public expense, because
-- they disagree with one evaluation (PSN, Independent Educational Evaluations): one per
-- evaluation, so the unique index refuses a second even if two requests race. The district's
-- answer, without unnecessary delay: file a due process complaint, or provide the IEE.
CREATE TABLE iee_requests (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  evaluation_id uuid NOT NULL,
  received_on date NOT NULL,
  disagreement text,
  response text CHECK (response IN ('due-process-complaint-filed', 'iee-at-public-expense')),
  responded_on date,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, evaluation_id) REFERENCES evaluations (district_id, id),
  CHECK ((response IS NULL) = (responded_on IS NULL)),
  CHECK (responded_on IS NULL OR responded_on >= received_on)
);
CREATE UNIQUE INDEX iee_requests_one_per_evaluation ON iee_requests (district_id, evaluation_id);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['meetings', 'meeting_members', 'full_committee_review_requests',
      'evaluations', 'evaluation_components', 'iee_requests'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (district_id = current_district_id()) WITH CHECK (district_id = current_district_id())',
      t);
    -- Case records are corrected by later steps, never deleted.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO continuum_app', t);
  END LOOP;
END $$;
