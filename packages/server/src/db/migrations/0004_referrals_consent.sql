-- Referrals and parental consent (issue 4, items 1 and 2). Forward-only.
--
-- Consent history is never overwritten: a consent request is one row of `consents`, and every
-- state it passes through (requested, granted, refused, no-response, revoked) is a new row of
-- `consent_states`; the latest row is the consent's state. The PSN (Parental consent) requires
-- the district to keep documentation of its reasonable efforts: `consent_efforts`.

CREATE TABLE consents (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  -- What the parent is asked to consent to (PSN, Parental consent; Use of Public and Private
  -- Benefits/Insurance; Consent for disclosure of personally identifiable information).
  type text NOT NULL CHECK (type IN ('initial-evaluation', 'initial-services', 'reevaluation',
    'public-benefits', 'private-insurance', 'disclosure')),
  requested_on date NOT NULL,
  request_method text NOT NULL CHECK (request_method IN ('in-person', 'mail', 'email', 'phone')),
  -- What the consent describes (PSN, Parental consent - Definition: the consent describes the
  -- action and lists the records that will be released and to whom).
  description text NOT NULL DEFAULT '',
  -- Disclosure only: to whom, and what is disclosed.
  recipient_kind text CHECK (recipient_kind IN ('transition-agency', 'other-district-officials')),
  recipient_name text,
  information_disclosed text,
  -- Private insurance only: the one use of the proceeds this consent covers (consent per use).
  insurance_use text,
  -- A consent the parent answers or revokes is changed by adding a state; the version guards
  -- two people recording a response at once.
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  CHECK ((type = 'disclosure') = (recipient_kind IS NOT NULL AND recipient_name IS NOT NULL
    AND information_disclosed IS NOT NULL)),
  CHECK ((type = 'private-insurance') = (insurance_use IS NOT NULL))
);
CREATE INDEX consents_student ON consents (district_id, student_id, type, requested_on);

-- Each state a consent passed through, oldest first. `written` records that a revocation (or a
-- grant) was in writing: the PSN accepts a revocation of consent for services only in writing.
CREATE TABLE consent_states (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  consent_id uuid NOT NULL,
  seq integer NOT NULL,
  state text NOT NULL CHECK (state IN ('requested', 'granted', 'refused', 'no-response',
    'revoked')),
  on_date date NOT NULL,
  written boolean NOT NULL DEFAULT false,
  note text NOT NULL DEFAULT '',
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, consent_id, seq),
  FOREIGN KEY (district_id, consent_id) REFERENCES consents (district_id, id),
  CHECK (state <> 'revoked' OR written)
);

-- The reasonable-efforts log of one consent request (PSN, Documentation of reasonable efforts
-- to obtain parental consent: calls, correspondence, visits, each with its result).
CREATE TABLE consent_efforts (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  consent_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('call', 'correspondence', 'visit')),
  on_date date NOT NULL,
  made_by text NOT NULL,
  result text NOT NULL,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, consent_id) REFERENCES consents (district_id, id)
);
CREATE INDEX consent_efforts_consent ON consent_efforts (district_id, consent_id, on_date);

-- The annual written notification the district gives before accessing public benefits (PSN,
-- Children with disabilities covered by public insurance): one row per notification.
CREATE TABLE public_benefits_notifications (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  notified_on date NOT NULL,
  method text NOT NULL CHECK (method IN ('in-person', 'mail', 'email')),
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id)
);
CREATE INDEX public_benefits_notifications_student
  ON public_benefits_notifications (district_id, student_id, notified_on);

-- A referral for an initial evaluation (PLAN, Referral; PSN). The chairperson records it for an
-- existing student. A request from a physician, judicial officer or public agency is not yet a
-- referral: it waits for the designee's decision (status `awaiting-designee`).
CREATE TABLE referrals (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  referrer_kind text NOT NULL CHECK (referrer_kind IN ('parent', 'adult-student',
    'district-staff', 'physician', 'judicial-officer', 'public-agency')),
  referrer_name text NOT NULL,
  reason text NOT NULL,
  -- The day the referral (or, for a routed request, the request) reached the district.
  submitted_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('awaiting-designee', 'declined-by-designee', 'open',
    'withdrawn')),
  designee_name text,
  designee_decided_on date,
  designee_decision text CHECK (designee_decision IN ('refer', 'not-refer')),
  designee_note text,
  -- The day the committee received the referral: `submitted_on` for a direct referral, the
  -- designee's decision for a routed request. The `referral-received` case event carries it.
  received_on date,
  -- Why no pre-referral interventions were tried, when none were.
  no_interventions_reason text,
  admin_meeting_requested_on date,
  admin_meeting_held_on date,
  admin_meeting_outcome text CHECK (admin_meeting_outcome IN ('continue-referral',
    'withdraw-referral')),
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  -- A referral is received when it is open (or was, before a withdrawal).
  CHECK ((status IN ('open', 'withdrawn')) = (received_on IS NOT NULL)),
  CHECK ((designee_decision IS NULL) = (designee_decided_on IS NULL)),
  CHECK (received_on IS NULL OR received_on >= submitted_on),
  CHECK (admin_meeting_held_on IS NULL OR admin_meeting_held_on >= received_on)
);
CREATE INDEX referrals_student ON referrals (district_id, student_id, created_at);

-- The interventions tried before the referral (MTSS / response to intervention).
CREATE TABLE referral_interventions (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL,
  intervention text NOT NULL,
  tier smallint NOT NULL CHECK (tier BETWEEN 1 AND 3),
  starts_on date NOT NULL,
  ends_on date,
  outcome text NOT NULL DEFAULT '',
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, referral_id) REFERENCES referrals (district_id, id),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

-- The written agreement that withdraws a referral after the building administrator's meeting
-- (PLAN): the services given instead, each with its duration, in the parent's native language,
-- with the dates copies went to the chairperson, the referrer and the parent. It stays with the
-- withdrawn referral in the student's record; the rendered PDF is a document (0003).
CREATE TABLE referral_withdrawals (
  district_id uuid NOT NULL,
  referral_id uuid NOT NULL,
  agreed_on date NOT NULL,
  language text NOT NULL,
  services jsonb NOT NULL,
  chairperson_copy_on date NOT NULL,
  referrer_copy_on date NOT NULL,
  parent_copy_on date NOT NULL,
  -- The student receives a copy too when appropriate (PLAN).
  student_copy_on date,
  document_id uuid,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, referral_id),
  FOREIGN KEY (district_id, referral_id) REFERENCES referrals (district_id, id),
  CHECK (jsonb_typeof(services) = 'array' AND jsonb_array_length(services) > 0)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['consents', 'consent_states', 'consent_efforts',
    'public_benefits_notifications', 'referrals', 'referral_interventions',
    'referral_withdrawals'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (district_id = current_district_id()) WITH CHECK (district_id = current_district_id())',
      t);
  END LOOP;
END $$;

-- History tables are only added to: a consent's states, its efforts, the notifications, the
-- interventions and a withdrawal agreement are never changed or deleted.
GRANT SELECT, INSERT, UPDATE ON consents TO continuum_app;
GRANT SELECT, INSERT ON consent_states TO continuum_app;
GRANT SELECT, INSERT ON consent_efforts TO continuum_app;
GRANT SELECT, INSERT ON public_benefits_notifications TO continuum_app;
GRANT SELECT, INSERT, UPDATE ON referrals TO continuum_app;
GRANT SELECT, INSERT ON referral_interventions TO continuum_app;
GRANT SELECT, INSERT ON referral_withdrawals TO continuum_app;
