-- Destruction of a child's records at the parent's request (NYS Procedural Safeguards Notice,
-- Destruction of Information, 34 CFR 300.624; design: docs/adr/0004-records-destruction.md).
-- The district informs the parent that the information is no longer needed; the parent asks
-- for destruction; the privacy officer runs it. Every row of the child is deleted in one
-- transaction by the SECURITY DEFINER function below, the only path through the immutability
-- triggers; a permanent record (name, address, phone number, grade level and year completed)
-- is kept in its own table. The access log is never touched: it holds identifiers only, so its
-- hash chain still verifies. Forward-only.

-- The workflow of one child, before destruction: the day the parent was told the information
-- is no longer needed (and how), and the parent's request. One per child; deleted by the
-- destruction itself (its facts move to record_destructions).
CREATE TABLE destruction_cases (
  district_id uuid NOT NULL,
  student_id uuid NOT NULL,
  informed_on date,
  informed_how text CHECK (informed_how IN ('email', 'mail', 'in-person', 'phone')),
  informed_guardian_id uuid,
  -- The notice queued to the parent's e-mail, when they have one.
  notice_outbox_id uuid,
  informed_by uuid,
  informed_at timestamptz,
  requested_on date,
  request_channel text CHECK (request_channel IN ('online', 'paper', 'in-person', 'email', 'phone')),
  requester_kind text CHECK (requester_kind IN ('parent', 'student')),
  requester_guardian_id uuid,
  request_recorded_by uuid,
  request_recorded_at timestamptz,
  PRIMARY KEY (district_id, student_id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, informed_guardian_id) REFERENCES guardians (district_id, id),
  FOREIGN KEY (district_id, requester_guardian_id) REFERENCES guardians (district_id, id),
  FOREIGN KEY (district_id, notice_outbox_id) REFERENCES email_outbox (district_id, id),
  CHECK ((informed_on IS NULL) = (informed_how IS NULL)
    AND (informed_on IS NULL) = (informed_by IS NULL)
    AND (informed_on IS NULL) = (informed_at IS NULL)),
  CHECK ((requested_on IS NULL) = (request_channel IS NULL)
    AND (requested_on IS NULL) = (requester_kind IS NULL)
    AND (requested_on IS NULL) = (request_recorded_by IS NULL)
    AND (requested_on IS NULL) = (request_recorded_at IS NULL)),
  CHECK ((requester_kind = 'parent') = (requester_guardian_id IS NOT NULL)),
  CHECK (notice_outbox_id IS NULL OR informed_how = 'email')
);

-- One destruction: the facts the privacy officer needs afterwards, and no name (ADR 0004). The
-- student id has no foreign key: the student row is gone. `running` exists only inside the
-- destroying transaction (the function below inserts it and marks it `done` before it
-- returns), which is what lets the guards tell a destruction from anyone else's DELETE.
CREATE TABLE record_destructions (
  district_id uuid NOT NULL REFERENCES districts (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  informed_on date NOT NULL,
  informed_how text NOT NULL,
  requested_on date NOT NULL,
  requester_kind text NOT NULL CHECK (requester_kind IN ('parent', 'student')),
  request_channel text NOT NULL,
  run_by uuid NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  status text NOT NULL CHECK (status IN ('running', 'done')),
  PRIMARY KEY (district_id, id),
  CHECK ((status = 'done') = (finished_at IS NOT NULL))
);
CREATE UNIQUE INDEX record_destructions_student ON record_destructions (district_id, student_id);

-- The permanent record that "may be maintained without time limitation" (34 CFR 300.624(b)):
-- the PSN's items that Continuum holds. Grades, attendance and classes attended are kept by
-- the student information system, not here. No foreign key to students: a separate table,
-- so no list, search or page built on `students` can show a destroyed child.
CREATE TABLE permanent_records (
  district_id uuid NOT NULL REFERENCES districts (id),
  student_id uuid NOT NULL,
  destruction_id uuid NOT NULL,
  first_name text NOT NULL,
  last_name text NOT NULL,
  address text,
  phone_number text,
  grade_level_completed text,
  year_completed integer CHECK (year_completed BETWEEN 1900 AND 2200),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, student_id),
  FOREIGN KEY (district_id, destruction_id) REFERENCES record_destructions (district_id, id)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['destruction_cases', 'record_destructions', 'permanent_records'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (district_id = current_district_id()) WITH CHECK (district_id = current_district_id())',
      t);
  END LOOP;
END $$;

-- Whether the transaction is inside the destruction of this district's student: the
-- transaction-local setting names a `running` destruction of the same district and student.
-- Setting the variable by hand does not help: a `running` row exists only inside the
-- function's own, uncommitted transaction.
CREATE FUNCTION destruction_running(p_district uuid, p_student uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM record_destructions d
      WHERE d.id = nullif(current_setting('continuum.destruction_id', true), '')::uuid
        AND d.district_id = p_district AND d.student_id = p_student AND d.status = 'running')
  $$;

-- The guards of the immutable tables, replaced (0003, 0006, 0007, 0008) to let a running
-- destruction of the same child DELETE. UPDATE stays refused, and so does every other DELETE.
CREATE OR REPLACE FUNCTION documents_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'DELETE' AND destruction_running(OLD.district_id, OLD.student_id) THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'documents are immutable: % is not allowed', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END $$;

CREATE OR REPLACE FUNCTION iep_versions_guard_final() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      IF destruction_running(OLD.district_id, OLD.student_id) THEN
        RETURN OLD;
      END IF;
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

CREATE OR REPLACE FUNCTION iep_services_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'DELETE' AND destruction_running(OLD.district_id, OLD.student_id) THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the services of a final IEP are never changed: % is not allowed', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END $$;

CREATE OR REPLACE FUNCTION notices_refuse_change_when_sent() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF OLD.status = 'sent' AND NOT (TG_OP = 'DELETE'
        AND destruction_running(OLD.district_id, OLD.student_id)) THEN
      RAISE EXCEPTION 'a sent notice is immutable: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END $$;

-- Destroys every record of one child of the caller's district, in the caller's transaction,
-- and keeps the permanent record. Owned by the migration role and SECURITY DEFINER, so the
-- application (continuum_app, which may DELETE none of these tables) reaches the deletes only
-- through it, and only for its own district (app.district_id). It re-checks what the rules
-- checked (informed, requested, no open request to inspect: FERPA 34 CFR 99.10(e)) so no
-- caller can skip them. The tables of the child are deleted in foreign-key order; a table
-- added later that still holds the child makes the final check fail, so nothing is left
-- behind silently (field-catalog.ts and its test list every column).
CREATE FUNCTION destroy_student_records(p_district uuid, p_student uuid, p_run_by uuid,
    p_grade_level_completed text, p_year_completed integer) RETURNS uuid
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
  DECLARE
    wf destruction_cases%ROWTYPE;
    stu students%ROWTYPE;
    destruction uuid;
    guardian_ids uuid[];
    account_ids uuid[];
    group_ids uuid[];
    addr text;
    phone text;
    leftover record;
    remains integer;
  BEGIN
    IF p_district IS DISTINCT FROM current_district_id() THEN
      RAISE EXCEPTION 'a destruction runs in the district of the transaction'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO stu FROM students WHERE district_id = p_district AND id = p_student FOR UPDATE;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'no such student' USING ERRCODE = 'no_data_found';
    END IF;
    SELECT * INTO wf FROM destruction_cases WHERE district_id = p_district AND student_id = p_student;
    IF NOT FOUND OR wf.informed_on IS NULL OR wf.requested_on IS NULL THEN
      RAISE EXCEPTION 'the parent must be informed and ask for destruction first (34 CFR 300.624)'
        USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM records_requests WHERE district_id = p_district
        AND student_id = p_student AND status = 'requested') THEN
      RAISE EXCEPTION 'a request to inspect the records is open (34 CFR 99.10(e))'
        USING ERRCODE = 'check_violation';
    END IF;

    INSERT INTO record_destructions (district_id, student_id, informed_on, informed_how,
        requested_on, requester_kind, request_channel, run_by, status)
      VALUES (p_district, p_student, wf.informed_on, wf.informed_how, wf.requested_on,
        wf.requester_kind, wf.request_channel, p_run_by, 'running')
      RETURNING id INTO destruction;
    PERFORM set_config('continuum.destruction_id', destruction::text, true);

    -- The permanent record's address and phone: those of a parent with educational authority
    -- first, then any parent (which when parents differ is open: ADR 0004).
    SELECT g.address, g.phone INTO addr, phone
      FROM student_guardians sg JOIN guardians g
        ON g.district_id = sg.district_id AND g.id = sg.guardian_id
      WHERE sg.district_id = p_district AND sg.student_id = p_student
        AND (g.address IS NOT NULL OR g.phone IS NOT NULL)
      ORDER BY sg.educational_authority DESC, g.created_at, g.id
      LIMIT 1;

    SELECT coalesce(array_agg(guardian_id), '{}') INTO guardian_ids
      FROM student_guardians WHERE district_id = p_district AND student_id = p_student;

    -- Children of the child's rows first, in foreign-key order.
    DELETE FROM disclosures WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM record_copies WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM records_requests WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM destruction_cases WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM email_outbox WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM amendment_statements WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM amendment_requests WHERE district_id = p_district AND student_id = p_student;
    SELECT coalesce(array_agg(DISTINCT group_id) FILTER (WHERE group_id IS NOT NULL), '{}')
      INTO group_ids
      FROM service_sessions WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM service_sessions WHERE district_id = p_district AND student_id = p_student;
    -- A group session stays for the other children in it (Records on More Than One Child, 34
    -- CFR 300.615), without this child's session; a group left with no child goes.
    DELETE FROM session_groups sg
      WHERE sg.district_id = p_district AND sg.id = ANY (group_ids)
        AND NOT EXISTS (SELECT 1 FROM service_sessions ss
          WHERE ss.district_id = sg.district_id AND ss.group_id = sg.id);
    DELETE FROM escalations WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM staff_notifications WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM review_requests WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM iep_reviews WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM implementer_assignments WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM iep_services WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM iep_versions WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM ieps WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM notices WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM safeguards_deliveries WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM iee_requests WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM evaluation_components WHERE district_id = p_district AND evaluation_id IN
      (SELECT id FROM evaluations WHERE district_id = p_district AND student_id = p_student);
    DELETE FROM evaluations WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM full_committee_review_requests
      WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM meeting_members WHERE district_id = p_district AND meeting_id IN
      (SELECT id FROM meetings WHERE district_id = p_district AND student_id = p_student);
    DELETE FROM meetings WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM referral_withdrawals WHERE district_id = p_district AND referral_id IN
      (SELECT id FROM referrals WHERE district_id = p_district AND student_id = p_student);
    DELETE FROM referral_interventions WHERE district_id = p_district AND referral_id IN
      (SELECT id FROM referrals WHERE district_id = p_district AND student_id = p_student);
    DELETE FROM referrals WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM consent_states WHERE district_id = p_district AND consent_id IN
      (SELECT id FROM consents WHERE district_id = p_district AND student_id = p_student);
    DELETE FROM consent_efforts WHERE district_id = p_district AND consent_id IN
      (SELECT id FROM consents WHERE district_id = p_district AND student_id = p_student);
    DELETE FROM consents WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM public_benefits_notifications
      WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM documents WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM case_events WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM enrollments WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM student_guardians WHERE district_id = p_district AND student_id = p_student;
    DELETE FROM students WHERE district_id = p_district AND id = p_student;

    -- A parent of no other child goes; a parent shared with a sibling stays, without the link.
    SELECT coalesce(array_agg(account_id) FILTER (WHERE account_id IS NOT NULL), '{}')
      INTO account_ids
      FROM guardians g
      WHERE g.district_id = p_district AND g.id = ANY (guardian_ids)
        AND NOT EXISTS (SELECT 1 FROM student_guardians sg
          WHERE sg.district_id = g.district_id AND sg.guardian_id = g.id);
    DELETE FROM guardians g
      WHERE g.district_id = p_district AND g.id = ANY (guardian_ids)
        AND NOT EXISTS (SELECT 1 FROM student_guardians sg
          WHERE sg.district_id = g.district_id AND sg.guardian_id = g.id);

    -- A parent account with no child left is disabled: its e-mail (a family member's
    -- identifier, unique and required) becomes an address of the reserved .invalid domain
    -- (RFC 2606), its secrets and sessions go.
    DELETE FROM sessions s USING accounts a
      WHERE s.account_id = a.id AND a.district_id = p_district AND a.id = ANY (account_ids)
        AND a.kind = 'parent'
        AND NOT EXISTS (SELECT 1 FROM guardians g WHERE g.account_id = a.id);
    DELETE FROM sign_in_failures f USING accounts a
      WHERE f.account_id = a.id AND a.district_id = p_district AND a.id = ANY (account_ids)
        AND a.kind = 'parent'
        AND NOT EXISTS (SELECT 1 FROM guardians g WHERE g.account_id = a.id);
    UPDATE accounts a
      SET email = 'destroyed-' || a.id || '@invalid', password_hash = NULL, totp_secret = NULL,
        totp_enabled_at = NULL, totp_last_step = NULL,
        disabled_at = coalesce(a.disabled_at, now()), updated_at = now()
      WHERE a.district_id = p_district AND a.id = ANY (account_ids) AND a.kind = 'parent'
        AND NOT EXISTS (SELECT 1 FROM guardians g WHERE g.account_id = a.id);

    -- Nothing of the child may remain in a table that names students, except the log of access
    -- (identifiers only, ADR 0002) and the destruction's own records.
    FOR leftover IN
      SELECT c.table_name FROM information_schema.columns c
        JOIN information_schema.tables t
          ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND c.column_name = 'student_id'
        AND t.table_type = 'BASE TABLE'
        AND c.table_name NOT IN ('access_log', 'record_destructions', 'permanent_records')
    LOOP
      EXECUTE format('SELECT 1 FROM %I WHERE district_id = $1 AND student_id = $2 LIMIT 1',
          leftover.table_name)
        INTO remains USING p_district, p_student;
      IF remains IS NOT NULL THEN
        RAISE EXCEPTION 'destruction left rows of the student in %: add the table to destroy_student_records', leftover.table_name
          USING ERRCODE = 'integrity_constraint_violation';
      END IF;
    END LOOP;

    INSERT INTO permanent_records (district_id, student_id, destruction_id, first_name,
        last_name, address, phone_number, grade_level_completed, year_completed)
      VALUES (p_district, p_student, destruction, stu.legal_first_name, stu.legal_last_name,
        addr, phone, p_grade_level_completed, p_year_completed);

    UPDATE record_destructions SET status = 'done', finished_at = now()
      WHERE district_id = p_district AND id = destruction;
    PERFORM set_config('continuum.destruction_id', '', true);
    RETURN destruction;
  END $$;

REVOKE ALL ON FUNCTION destroy_student_records(uuid, uuid, uuid, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION destroy_student_records(uuid, uuid, uuid, text, integer) TO continuum_app;

-- The workflow is written by the application; the destruction and the permanent record only
-- by the function above (the application reads them).
GRANT SELECT, INSERT, UPDATE ON destruction_cases TO continuum_app;
GRANT SELECT ON record_destructions, permanent_records TO continuum_app;
