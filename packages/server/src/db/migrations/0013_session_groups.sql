-- Group service sessions: one session a provider gives to several children at once (a speech
-- group, a resource room group), logged once and recorded as one service session per child,
-- each pointing at the group. A record on more than one child (NYS Procedural Safeguards
-- Notice, "Records on More Than One Child", 34 CFR 300.615): each child's session holds only
-- what is that child's (their service, their own note); what the children share (the date, the
-- provider, the minutes, the place, the group's note) is on the group, and the group's size
-- follows its members. A parent sees only their child's part (services/present-group.ts).
-- A mistaken group is voided with every member session, never deleted. Forward-only.

CREATE TABLE session_groups (
  district_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  provider_staff_id uuid NOT NULL,
  session_date date NOT NULL,
  -- A group session was given (delivered, or a make-up on another day); a child who missed it
  -- is not a member (their missed session is logged on its own).
  status text NOT NULL CHECK (status IN ('delivered', 'make-up')),
  minutes integer NOT NULL CHECK (minutes >= 1 AND minutes <= 600),
  location text NOT NULL DEFAULT '',
  -- The group's note may speak of several children: it is shown only on the group log, to
  -- readers who reach every member, never on one child's record.
  note text NOT NULL DEFAULT '',
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  voided_by uuid,
  voided_at timestamptz,
  void_reason text,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, provider_staff_id) REFERENCES staff (district_id, id),
  CHECK ((voided_at IS NULL) = (voided_by IS NULL) AND (voided_at IS NULL) = (void_reason IS NULL))
);
CREATE INDEX session_groups_provider ON session_groups (district_id, provider_staff_id, session_date);

-- Each member's session names its group; a session logged alone has none.
ALTER TABLE service_sessions
  ADD COLUMN group_id uuid,
  ADD FOREIGN KEY (district_id, group_id) REFERENCES session_groups (district_id, id);
CREATE INDEX service_sessions_group ON service_sessions (district_id, group_id)
  WHERE group_id IS NOT NULL;

ALTER TABLE session_groups ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON session_groups USING (district_id = current_district_id())
  WITH CHECK (district_id = current_district_id());

-- Groups are voided (UPDATE of the void columns); never deleted.
GRANT SELECT, INSERT, UPDATE ON session_groups TO continuum_app;
