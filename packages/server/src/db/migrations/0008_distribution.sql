-- IEP distribution and service delivery (PREK, the whole guidance; PLAN for program limits):
-- the services of each final IEP as rows, who implements an IEP and which parts, reviews of
-- the IEP with each implementer, paraprofessionals' review requests, staff notifications,
-- sessions of service delivered or missed, escalations to the district's contacts, and the
-- district's settings for alerts. Forward-only.

-- Each service of a final IEP version, one row each, so sessions and assignments can name the
-- service they concern. Written by the database when a version becomes final (below), so no
-- client can finalize an IEP without them; never changed, like the version itself.
CREATE TABLE iep_services (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  iep_version_id uuid NOT NULL,
  iep_id uuid NOT NULL,
  student_id uuid NOT NULL,
  -- Its place in the version's list (content.services), from 0.
  position integer NOT NULL CHECK (position >= 0),
  program text NOT NULL,
  service text NOT NULL,
  frequency integer NOT NULL CHECK (frequency >= 1),
  period text NOT NULL CHECK (period IN ('day', 'week', 'month')),
  duration_minutes integer NOT NULL CHECK (duration_minutes >= 1),
  location text NOT NULL,
  group_size integer NOT NULL CHECK (group_size >= 1),
  start_date date,
  end_date date,
  twelve_month boolean NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, iep_version_id, position),
  FOREIGN KEY (district_id, iep_version_id) REFERENCES iep_versions (district_id, id),
  FOREIGN KEY (district_id, iep_id) REFERENCES ieps (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id)
);
CREATE INDEX iep_services_student ON iep_services (district_id, student_id);

CREATE FUNCTION iep_services_materialize() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF NEW.status = 'final' AND (TG_OP = 'INSERT' OR OLD.status = 'draft') THEN
      INSERT INTO iep_services (district_id, iep_version_id, iep_id, student_id, position,
        program, service, frequency, period, duration_minutes, location, group_size,
        start_date, end_date, twelve_month)
      SELECT NEW.district_id, NEW.id, NEW.iep_id, NEW.student_id, (s.ordinality - 1)::integer,
        s.value ->> 'program', coalesce(s.value ->> 'service', ''),
        (s.value ->> 'frequency')::integer, s.value ->> 'period',
        (s.value ->> 'durationMinutes')::integer, coalesce(s.value ->> 'location', ''),
        (s.value ->> 'groupSize')::integer,
        nullif(s.value ->> 'startDate', '')::date, nullif(s.value ->> 'endDate', '')::date,
        coalesce((s.value ->> 'twelveMonth')::boolean, false)
      FROM jsonb_array_elements(coalesce(NEW.content -> 'services', '[]'::jsonb))
        WITH ORDINALITY AS s (value, ordinality);
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER iep_versions_materialize_services AFTER INSERT OR UPDATE OF status ON iep_versions
  FOR EACH ROW EXECUTE FUNCTION iep_services_materialize();

-- The versions finalized before this migration.
INSERT INTO iep_services (district_id, iep_version_id, iep_id, student_id, position, program,
  service, frequency, period, duration_minutes, location, group_size, start_date, end_date,
  twelve_month)
SELECT v.district_id, v.id, v.iep_id, v.student_id, (s.ordinality - 1)::integer,
  s.value ->> 'program', coalesce(s.value ->> 'service', ''), (s.value ->> 'frequency')::integer,
  s.value ->> 'period', (s.value ->> 'durationMinutes')::integer,
  coalesce(s.value ->> 'location', ''), (s.value ->> 'groupSize')::integer,
  nullif(s.value ->> 'startDate', '')::date, nullif(s.value ->> 'endDate', '')::date,
  coalesce((s.value ->> 'twelveMonth')::boolean, false)
FROM iep_versions v
CROSS JOIN LATERAL jsonb_array_elements(coalesce(v.content -> 'services', '[]'::jsonb))
  WITH ORDINALITY AS s (value, ordinality)
WHERE v.status IN ('final', 'superseded');

CREATE FUNCTION iep_services_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    RAISE EXCEPTION 'the services of a final IEP are never changed: % is not allowed', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END $$;
CREATE TRIGGER iep_services_immutable BEFORE UPDATE OR DELETE ON iep_services
  FOR EACH ROW EXECUTE FUNCTION iep_services_refuse_change();

-- An implementer assignment now names the IEP and what the person implements (PREK,
-- Accessibility and Storage: "responsible for implementing the IEP, either in whole or in
-- part"). `services` holds the service keys (program and service, as iep/services names
-- them) of the parts they implement, so an amendment that keeps a service keeps its
-- implementers; empty with `whole_iep` means the whole IEP. Rows made before distribution (the
-- foundation's demo) name no IEP. Ending an assignment sets ended_at: access ends at once
-- (access/policy.ts reads it).
ALTER TABLE implementer_assignments
  ADD COLUMN iep_id uuid,
  ADD COLUMN role text NOT NULL DEFAULT 'classroom-teacher'
    CHECK (role IN ('classroom-teacher', 'related-service-provider', 'seit', 'paraprofessional',
      'other-provider')),
  ADD COLUMN whole_iep boolean NOT NULL DEFAULT true,
  ADD COLUMN services text[] NOT NULL DEFAULT '{}',
  ADD COLUMN assigned_by uuid,
  ADD COLUMN assigned_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN ended_by uuid,
  ADD COLUMN end_reason text,
  ADD FOREIGN KEY (district_id, iep_id) REFERENCES ieps (district_id, id),
  ADD CHECK (whole_iep OR cardinality(services) > 0),
  ADD CHECK ((ended_at IS NULL) = (ended_by IS NULL) OR assigned_by IS NULL);
CREATE INDEX implementer_assignments_iep ON implementer_assignments (district_id, iep_id);

-- The program leader's designees (PREK: "the preschool program leader ... or designee must
-- review the IEP"): named per site, until the naming ends.
CREATE TABLE review_designees (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL,
  leader_staff_id uuid NOT NULL,
  designee_staff_id uuid NOT NULL,
  named_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, site_id) REFERENCES sites (district_id, id),
  FOREIGN KEY (district_id, leader_staff_id) REFERENCES staff (district_id, id),
  FOREIGN KEY (district_id, designee_staff_id) REFERENCES staff (district_id, id)
);
CREATE UNIQUE INDEX review_designees_current ON review_designees (district_id, site_id, designee_staff_id)
  WHERE ended_at IS NULL;

-- A review of the IEP with one implementer (PREK, Accessibility and Storage): by the program
-- leader or designee with a teacher or provider, explaining their responsibilities; or by the
-- classroom teacher (or other provider) with a paraprofessional. The implementer confirms it.
CREATE TABLE iep_reviews (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  iep_id uuid NOT NULL,
  -- The version reviewed: the one in effect when the review took place.
  iep_version_id uuid NOT NULL,
  assignment_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('leader-with-implementer', 'teacher-with-paraprofessional')),
  reviewed_on date NOT NULL,
  reviewed_by uuid NOT NULL,
  responsibilities text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, iep_id) REFERENCES ieps (district_id, id),
  FOREIGN KEY (district_id, iep_version_id) REFERENCES iep_versions (district_id, id),
  FOREIGN KEY (district_id, assignment_id) REFERENCES implementer_assignments (district_id, id),
  FOREIGN KEY (district_id, reviewed_by) REFERENCES staff (district_id, id)
);
CREATE INDEX iep_reviews_iep ON iep_reviews (district_id, iep_id);

-- A paraprofessional's request to review the IEP ("must be given the opportunity to review the
-- IEP upon request"): open until the teacher records the review that answers it.
CREATE TABLE review_requests (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  iep_id uuid NOT NULL,
  -- The paraprofessional's assignment, and the teacher (or provider) asked.
  assignment_id uuid NOT NULL,
  teacher_staff_id uuid NOT NULL,
  note text NOT NULL DEFAULT '',
  requested_at timestamptz NOT NULL DEFAULT now(),
  review_id uuid,
  closed_at timestamptz,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, iep_id) REFERENCES ieps (district_id, id),
  FOREIGN KEY (district_id, assignment_id) REFERENCES implementer_assignments (district_id, id),
  FOREIGN KEY (district_id, teacher_staff_id) REFERENCES staff (district_id, id),
  FOREIGN KEY (district_id, review_id) REFERENCES iep_reviews (district_id, id),
  CHECK ((review_id IS NULL) = (closed_at IS NULL))
);
CREATE UNIQUE INDEX review_requests_one_open ON review_requests (district_id, assignment_id)
  WHERE closed_at IS NULL;

-- What a staff member is told in the product (a review requested of them, an assignment). It
-- names the student by id only: the page reads the student through the access policy.
CREATE TABLE staff_notifications (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  staff_id uuid NOT NULL,
  student_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('review-requested', 'assigned', 'assignment-ended',
    'escalation-filed', 'escalation-resolved')),
  subject_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, staff_id) REFERENCES staff (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id)
);
CREATE INDEX staff_notifications_staff ON staff_notifications (district_id, staff_id, created_at);

-- One session of a service on the IEP, as the provider logged it: delivered, missed (with
-- the reason) or a make-up of a missed one. A mistaken entry is voided, never deleted.
CREATE TABLE service_sessions (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  iep_service_id uuid NOT NULL,
  provider_staff_id uuid NOT NULL,
  session_date date NOT NULL,
  status text NOT NULL CHECK (status IN ('delivered', 'missed', 'make-up')),
  minutes integer NOT NULL CHECK (minutes >= 0 AND minutes <= 600),
  group_size integer NOT NULL CHECK (group_size >= 1 AND group_size <= 40),
  location text NOT NULL DEFAULT '',
  missed_reason text CHECK (missed_reason IN ('student-absent', 'provider-absent',
    'school-closed', 'other')),
  note text NOT NULL DEFAULT '',
  -- For a make-up: the missed session it makes up, when the provider names one.
  makes_up_session_id uuid,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  voided_by uuid,
  voided_at timestamptz,
  void_reason text,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, iep_service_id) REFERENCES iep_services (district_id, id),
  FOREIGN KEY (district_id, provider_staff_id) REFERENCES staff (district_id, id),
  FOREIGN KEY (district_id, makes_up_session_id) REFERENCES service_sessions (district_id, id),
  CHECK ((status = 'missed') = (missed_reason IS NOT NULL)),
  CHECK (status <> 'missed' OR minutes = 0),
  CHECK (status = 'missed' OR minutes > 0),
  CHECK (missed_reason IS DISTINCT FROM 'other' OR note <> ''),
  CHECK (makes_up_session_id IS NULL OR status = 'make-up'),
  CHECK ((voided_at IS NULL) = (voided_by IS NULL) AND (voided_at IS NULL) = (void_reason IS NULL))
);
CREATE INDEX service_sessions_student ON service_sessions (district_id, student_id, session_date);
CREATE INDEX service_sessions_provider ON service_sessions (district_id, provider_staff_id, session_date);
CREATE INDEX service_sessions_service ON service_sessions (district_id, iep_service_id, session_date);

-- The district's settings for distribution and delivery: when an IEP counts as starting soon,
-- and the thresholds of the delivery alerts (issue: district-set numbers of school days).
CREATE TABLE delivery_settings (
  district_id uuid PRIMARY KEY REFERENCES districts (id),
  readiness_window_school_days integer NOT NULL DEFAULT 10
    CHECK (readiness_window_school_days BETWEEN 1 AND 60),
  not_started_school_days integer NOT NULL DEFAULT 5
    CHECK (not_started_school_days BETWEEN 1 AND 60),
  provider_gap_school_days integer NOT NULL DEFAULT 10
    CHECK (provider_gap_school_days BETWEEN 1 AND 60),
  -- Chronic under-delivery: fewer than this percentage of the mandated minutes delivered over
  -- the last `under_delivery_weeks` school weeks.
  under_delivery_percent integer NOT NULL DEFAULT 80
    CHECK (under_delivery_percent BETWEEN 1 AND 100),
  under_delivery_weeks integer NOT NULL DEFAULT 4 CHECK (under_delivery_weeks BETWEEN 1 AND 26),
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Where a school raises a problem with a child's IEP or services (PREK, Contact Information):
-- one route per kind, with the district's contact addresses.
CREATE TABLE escalation_routes (
  district_id uuid NOT NULL REFERENCES districts (id),
  kind text NOT NULL CHECK (kind IN ('iep-not-received', 'related-services', 'seit-services')),
  contact_name text NOT NULL,
  email text NOT NULL,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, kind)
);

-- An escalation, pre-filled with what the guidance asks for (the child's name and date of
-- birth, the school's or program's name and address), tracked until it is resolved.
CREATE TABLE escalations (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('iep-not-received', 'related-services', 'seit-services')),
  -- The problem, within its kind.
  problem text NOT NULL CHECK (problem IN ('iep-not-received', 'services-not-started',
    'provider-stopped')),
  iep_service_id uuid,
  site_id uuid,
  -- What was sent, as it was sent: the route's address and the pre-filled facts.
  to_address text NOT NULL,
  child_name text NOT NULL,
  date_of_birth date NOT NULL,
  site_name text NOT NULL,
  site_address text NOT NULL,
  details text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  filed_by uuid NOT NULL,
  filed_at timestamptz NOT NULL DEFAULT now(),
  resolved_by uuid,
  resolved_at timestamptz,
  resolution text,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, iep_service_id) REFERENCES iep_services (district_id, id),
  FOREIGN KEY (district_id, site_id) REFERENCES sites (district_id, id),
  CHECK ((status = 'resolved') = (resolved_at IS NOT NULL)),
  CHECK (status = 'open' OR (resolved_by IS NOT NULL AND resolution IS NOT NULL))
);
CREATE INDEX escalations_student ON escalations (district_id, student_id, filed_at);
CREATE INDEX escalations_open ON escalations (district_id, status, filed_at);

-- The e-mail of an escalation or a staff notification goes through the same outbox.
ALTER TABLE email_outbox
  ADD COLUMN escalation_id uuid,
  ADD COLUMN notification_id uuid,
  ADD FOREIGN KEY (district_id, escalation_id) REFERENCES escalations (district_id, id),
  ADD FOREIGN KEY (district_id, notification_id) REFERENCES staff_notifications (district_id, id);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['iep_services', 'review_designees', 'iep_reviews', 'review_requests',
    'staff_notifications', 'service_sessions', 'delivery_settings', 'escalation_routes',
    'escalations'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (district_id = current_district_id()) WITH CHECK (district_id = current_district_id())',
      t);
  END LOOP;
END $$;

-- Services are written by the trigger above (as the inserting role) and never changed.
GRANT SELECT, INSERT ON iep_services TO continuum_app;
-- Assignments end (UPDATE of ended_at); reviews are confirmed; requests closed; notifications
-- read; sessions voided; settings, routes and escalations updated. Nothing is deleted.
GRANT SELECT, INSERT, UPDATE ON implementer_assignments, review_designees, iep_reviews,
  review_requests, staff_notifications, service_sessions, delivery_settings, escalation_routes,
  escalations TO continuum_app;
