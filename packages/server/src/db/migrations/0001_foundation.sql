-- Continuum foundation: districts, accounts and sessions, the directory (sites, staff,
-- committees), students and guardians, enrollment, implementer assignments, and the
-- hash-chained access log. Forward-only: never edit this file once released; add a new one.
--
-- Tenancy: every tenant table carries district_id in its primary key and foreign keys, so
-- it can be distributed by district (Citus) with no code change. Row-level security on
-- district_id is defense in depth: tenant transactions run as the plain role continuum_app
-- (superusers, which PGlite always is, bypass RLS), with app.district_id set locally.

DO $$
BEGIN
  CREATE ROLE continuum_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- roles are cluster-wide: another database of this cluster created it first
END $$;

DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT continuum_app TO %I', current_user);
  END IF;
END $$;

DO $$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO continuum_app', current_schema());
END $$;

CREATE FUNCTION current_district_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.district_id', true), '')::uuid $$;

CREATE TABLE districts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  -- nyc: New York City rules apply (PSN NYC addendum); nys: the State-wide rules only.
  profile text NOT NULL DEFAULT 'nys' CHECK (profile IN ('nyc', 'nys')),
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Sign-in identities. Looked up by e-mail before the district is known, so e-mail is unique
-- across districts (a reference table under Citus).
CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_id uuid NOT NULL REFERENCES districts (id),
  email text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('staff', 'parent')),
  password_hash text,
  totp_secret text,
  totp_enabled_at timestamptz,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (email = lower(email))
);
CREATE UNIQUE INDEX accounts_email ON accounts (email);
CREATE INDEX accounts_district ON accounts (district_id);

-- Server-side sessions; the cookie holds a random token, the table only its SHA-256.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  csrf_token text NOT NULL,
  second_factor boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_account ON sessions (account_id);

-- Failed sign-ins, for throttling (NIST SP 800-63B 5.2.2: at most 100 an hour per account).
CREATE TABLE sign_in_failures (
  account_id uuid NOT NULL REFERENCES accounts (id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failures_account_at ON sign_in_failures (account_id, at);

CREATE TABLE sites (
  district_id uuid NOT NULL REFERENCES districts (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('district-school', 'pre-k-center', 'approved-preschool', 'boces', 'non-public-school')),
  address text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id)
);

CREATE TABLE staff (
  district_id uuid NOT NULL REFERENCES districts (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts (id),
  full_name text NOT NULL,
  title text NOT NULL DEFAULT '',
  roles text[] NOT NULL CHECK (
    cardinality(roles) > 0 AND roles <@ ARRAY[
      'district-admin', 'chairperson', 'committee-member', 'program-leader', 'teacher',
      'provider', 'seit', 'paraprofessional', 'privacy-officer', 'hearing-officer', 'auditor'
    ]::text[]
  ),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id)
);
CREATE UNIQUE INDEX staff_account ON staff (district_id, account_id);

-- Where a staff member works; for a program leader, the sites they lead.
CREATE TABLE staff_sites (
  district_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  site_id uuid NOT NULL,
  PRIMARY KEY (district_id, staff_id, site_id),
  FOREIGN KEY (district_id, staff_id) REFERENCES staff (district_id, id),
  FOREIGN KEY (district_id, site_id) REFERENCES sites (district_id, id)
);

-- Committee membership: the CSE or CPSE of the whole district (site_id null) or of one school.
CREATE TABLE committee_memberships (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  staff_id uuid NOT NULL,
  committee text NOT NULL CHECK (committee IN ('cse', 'cpse')),
  site_id uuid,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, staff_id) REFERENCES staff (district_id, id),
  FOREIGN KEY (district_id, site_id) REFERENCES sites (district_id, id)
);

CREATE TABLE students (
  district_id uuid NOT NULL REFERENCES districts (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_number text NOT NULL,
  legal_first_name text NOT NULL,
  legal_last_name text NOT NULL,
  preferred_name text,
  date_of_birth date NOT NULL,
  -- preschool: ages 3-5, the CPSE; school-age: 5-21, the CSE.
  level text NOT NULL CHECK (level IN ('preschool', 'school-age')),
  grade text,
  native_language text NOT NULL,
  homeless boolean NOT NULL DEFAULT false,
  ward_of_state boolean NOT NULL DEFAULT false,
  classification text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  CHECK ((level = 'preschool') = (grade IS NULL))
);
CREATE UNIQUE INDEX students_number ON students (district_id, student_number);
CREATE INDEX students_name ON students (district_id, lower(legal_last_name), lower(legal_first_name));

CREATE TABLE guardians (
  district_id uuid NOT NULL REFERENCES districts (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  full_name text NOT NULL,
  email text,
  phone text,
  address text,
  preferred_language text NOT NULL DEFAULT 'en',
  account_id uuid REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX guardians_account ON guardians (account_id);

-- A guardian's relation to a child. Authority to make educational decisions is presumed
-- unless a court order or agreement limits it (34 CFR 300.613(c); PSN, Access rights).
CREATE TABLE student_guardians (
  district_id uuid NOT NULL,
  student_id uuid NOT NULL,
  guardian_id uuid NOT NULL,
  relationship text NOT NULL,
  educational_authority boolean NOT NULL DEFAULT true,
  authority_limit text,
  PRIMARY KEY (district_id, student_id, guardian_id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, guardian_id) REFERENCES guardians (district_id, id)
);
CREATE INDEX student_guardians_guardian ON student_guardians (district_id, guardian_id);

CREATE TABLE enrollments (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  site_id uuid NOT NULL,
  starts_on date NOT NULL,
  ends_on date,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, site_id) REFERENCES sites (district_id, id),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX enrollments_student ON enrollments (district_id, student_id);
CREATE INDEX enrollments_site ON enrollments (district_id, site_id);

-- Staff who implement a student's IEP, in whole or in part (PREK, Accessibility and Storage).
-- The assignment grants access from starts_on until it ends; the workflow comes with distribution.
CREATE TABLE implementer_assignments (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  responsibility text NOT NULL DEFAULT '',
  starts_on date NOT NULL,
  ended_at timestamptz,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, staff_id) REFERENCES staff (district_id, id)
);
CREATE INDEX implementer_assignments_staff ON implementer_assignments (district_id, staff_id);
CREATE INDEX implementer_assignments_student ON implementer_assignments (district_id, student_id);

-- The record of access (34 CFR 300.614). Append-only and hash-chained per district: each row
-- stores the hash of the previous row and of its own content, computed here in the database
-- so no client can forge the chain. It holds identifiers, never a student's name or data, so
-- destroying a student's records never needs to rewrite it.
CREATE TABLE access_log (
  district_id uuid NOT NULL REFERENCES districts (id),
  seq bigint NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  request_id text NOT NULL,
  actor_account_id uuid NOT NULL,
  actor_role text NOT NULL,
  student_id uuid,
  record_type text NOT NULL,
  action text NOT NULL,
  purpose text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied')),
  prev_hash text NOT NULL,
  row_hash text NOT NULL,
  PRIMARY KEY (district_id, seq)
);
CREATE INDEX access_log_student ON access_log (district_id, student_id, seq);

CREATE TABLE access_log_chain (
  district_id uuid PRIMARY KEY REFERENCES districts (id),
  last_seq bigint NOT NULL,
  last_hash text NOT NULL
);

-- The exact text a row's hash covers. `continuum audit verify` recomputes it with this function.
CREATE FUNCTION access_log_canonical(l access_log) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT jsonb_build_array(
      l.district_id, l.seq, to_char(l.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      l.request_id, l.actor_account_id, l.actor_role, l.student_id, l.record_type, l.action,
      l.purpose, l.outcome, l.prev_hash
    )::text
  $$;

CREATE FUNCTION access_log_append() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
  AS $$
  DECLARE
    head access_log_chain%ROWTYPE;
  BEGIN
    INSERT INTO access_log_chain (district_id, last_seq, last_hash)
      VALUES (NEW.district_id, 0, repeat('0', 64))
      ON CONFLICT (district_id) DO NOTHING;
    -- The row lock on the chain head orders concurrent appends of one district.
    SELECT * INTO head FROM access_log_chain WHERE district_id = NEW.district_id FOR UPDATE;
    NEW.seq := head.last_seq + 1;
    NEW.prev_hash := head.last_hash;
    NEW.at := now();
    NEW.row_hash := encode(sha256(convert_to(access_log_canonical(NEW), 'UTF8')), 'hex');
    UPDATE access_log_chain SET last_seq = NEW.seq, last_hash = NEW.row_hash
      WHERE district_id = NEW.district_id;
    RETURN NEW;
  END $$;

CREATE TRIGGER access_log_append BEFORE INSERT ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_append();

CREATE FUNCTION access_log_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    RAISE EXCEPTION 'the access log is append-only: % is not allowed', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END $$;

CREATE TRIGGER access_log_immutable BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();

-- Row-level security on every tenant table, for the plain role tenant transactions use.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'sites', 'staff', 'staff_sites', 'committee_memberships', 'students', 'guardians',
    'student_guardians', 'enrollments', 'implementer_assignments', 'access_log', 'accounts'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (district_id = current_district_id()) WITH CHECK (district_id = current_district_id())',
      t);
  END LOOP;
END $$;
ALTER TABLE districts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON districts USING (id = current_district_id());

GRANT SELECT ON districts TO continuum_app;
GRANT SELECT, INSERT, UPDATE ON accounts TO continuum_app;
-- Disabling an account ends its sessions at once, in the same transaction.
GRANT SELECT, DELETE ON sessions TO continuum_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON
  sites, staff, staff_sites, committee_memberships, students, guardians, student_guardians,
  enrollments, implementer_assignments
  TO continuum_app;
-- The application may append to the access log and read it; never change or remove a row.
GRANT SELECT, INSERT ON access_log TO continuum_app;
