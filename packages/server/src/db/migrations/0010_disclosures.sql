-- Disclosures of a child's personally identifiable information outside the district's own
-- authorized employees (NYS Procedural Safeguards Notice, Consent for Disclosure of Personally
-- Identifiable Information, 34 CFR 300.622; Referral to and Action by Law Enforcement and
-- Judicial Authorities, Transmittal of records, 34 CFR 300.535), each recorded with the party,
-- the day, the purpose, what was disclosed and the basis, so the record of access (Record of
-- Access, 34 CFR 300.614: "the name of the party, the date access was given, and the purpose
-- for which the party is authorized to use the records") shows it to the parent. Forward-only.

CREATE TABLE disclosures (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  student_id uuid NOT NULL,
  disclosed_on date NOT NULL,
  -- Who received it: the rules' recipient kinds (records/disclosure.ts RECIPIENT_KINDS).
  party_kind text NOT NULL CHECK (party_kind IN ('participating-agency-official',
    'transition-agency', 'other-district-officials', 'crime-report-authority', 'other-party')),
  party_name text NOT NULL CHECK (btrim(party_name) <> ''),
  purpose text NOT NULL CHECK (btrim(purpose) <> ''),
  -- What was disclosed: the access log's record types (access/access-log.ts RecordType), and
  -- in words.
  record_types text[] NOT NULL CHECK (cardinality(record_types) > 0),
  description text NOT NULL CHECK (btrim(description) <> ''),
  -- The parents' statements disclosed with the records they concern (PSN, Result of Hearing,
  -- 34 CFR 300.620(b)): ids of amendment_statements (0011), which this migration precedes.
  statement_ids uuid[] NOT NULL DEFAULT '{}',
  -- For a participating agency's officials: the disclosure meets a requirement of Part B.
  for_part_b boolean NOT NULL DEFAULT false,
  -- The basis the rules returned: the parent's consent (consent_id, a granted disclosure
  -- consent of this child for this recipient), or an exception (a participating agency's
  -- officials for Part B; a crime report, with the FERPA provision; FERPA otherwise).
  basis text NOT NULL CHECK (basis IN ('consent', 'participating-agency-official',
    'crime-report', 'ferpa')),
  consent_id uuid,
  ferpa_authority text,
  -- The passage the basis rests on, as the rules cited it when the disclosure was recorded.
  citation text NOT NULL,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, student_id) REFERENCES students (district_id, id),
  FOREIGN KEY (district_id, consent_id) REFERENCES consents (district_id, id),
  CHECK ((basis = 'consent') = (consent_id IS NOT NULL)),
  CHECK ((basis IN ('crime-report', 'ferpa')) = (ferpa_authority IS NOT NULL)),
  CHECK (basis <> 'participating-agency-official' OR
    (party_kind = 'participating-agency-official' AND for_part_b)),
  CHECK (basis <> 'crime-report' OR party_kind = 'crime-report-authority')
);
CREATE INDEX disclosures_student ON disclosures (district_id, student_id, disclosed_on);
CREATE INDEX disclosures_recent ON disclosures (district_id, recorded_at);

ALTER TABLE disclosures ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON disclosures USING (district_id = current_district_id())
  WITH CHECK (district_id = current_district_id());

-- The record of disclosures is kept (34 CFR 300.614): the application inserts and reads it,
-- never changes or deletes it.
GRANT SELECT, INSERT ON disclosures TO continuum_app;
