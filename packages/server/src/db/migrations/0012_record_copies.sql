-- Copies of a child's records and the district's fee for them (NYS Procedural Safeguards
-- Notice, Fees, 34 CFR 300.617: "a fee for copies of records ... if the fee does not
-- effectively prevent you from exercising your right to inspect and review those records";
-- never "a fee to search for or to retrieve information"), and when the explanations and
-- interpretations a request asked for (300.613(b)(1)) were given, and by whom. Forward-only.

-- The district's fee schedule, one row per day it takes effect; the row in force on a day is
-- the latest whose effective_from is on or before it. There is no column for a search or
-- retrieval fee: the law allows none (the rules' checkFeeSchedule refuses one before a save).
CREATE TABLE records_fee_schedules (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  effective_from date NOT NULL,
  copy_per_page_cents integer NOT NULL CHECK (copy_per_page_cents >= 0),
  set_by uuid NOT NULL,
  set_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, effective_from)
);

ALTER TABLE records_fee_schedules ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON records_fee_schedules
  USING (district_id = current_district_id())
  WITH CHECK (district_id = current_district_id());
-- A schedule is superseded by a later one, never changed: what a parent was charged stays
-- explainable.
GRANT SELECT, INSERT ON records_fee_schedules TO continuum_app;

-- Each copy of the records made for a request: how many pages, the per-page fee in force that
-- day, what the rules' copyFee said was owed, and whether it was waived because the parent
-- said they cannot pay (a fee may not "effectively prevent" inspection).
CREATE TABLE record_copies (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  request_id uuid NOT NULL,
  made_on date NOT NULL,
  pages integer NOT NULL CHECK (pages > 0),
  per_page_cents integer NOT NULL CHECK (per_page_cents >= 0),
  fee_waived boolean NOT NULL,
  fee_cents integer NOT NULL CHECK (fee_cents >= 0),
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, request_id) REFERENCES records_requests (district_id, id),
  CHECK (NOT fee_waived OR fee_cents = 0)
);
CREATE INDEX record_copies_request ON record_copies (district_id, request_id);

ALTER TABLE record_copies ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON record_copies USING (district_id = current_district_id())
  WITH CHECK (district_id = current_district_id());
-- A copy made is a fact kept with the request: inserted, never changed or deleted.
GRANT SELECT, INSERT ON record_copies TO continuum_app;

-- Explanations and interpretations given (300.613(b)(1)): the request already records that
-- they were asked; these record when and by whom they were given.
ALTER TABLE records_requests
  ADD COLUMN explanations_given_on date,
  ADD COLUMN explanations_given_by uuid,
  ADD CONSTRAINT records_requests_explanations_given
    CHECK ((explanations_given_on IS NULL) = (explanations_given_by IS NULL)),
  ADD CONSTRAINT records_requests_explanations_given_on
    CHECK (explanations_given_on IS NULL OR explanations_given_on >= received_on);
