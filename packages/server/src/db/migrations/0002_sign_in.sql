-- Sign-in: replay protection for time-based one-time codes. A code is accepted only once
-- (NIST SP 800-63B-4 §3.1.4.2 / rev. 3 §5.1.4.2): the account remembers the time step of the
-- last accepted code, and a code of that step or an earlier one is refused.
ALTER TABLE accounts ADD COLUMN totp_last_step bigint;
