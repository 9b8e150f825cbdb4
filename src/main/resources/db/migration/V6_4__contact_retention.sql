-- Retention: when the personal fields of a contact (follow-up identity and notes) were erased; the
-- coded data (channel, place, needs, referrals, unmet reasons) is kept for analysis.
alter table contacts.contact add column anonymized_at timestamptz;
