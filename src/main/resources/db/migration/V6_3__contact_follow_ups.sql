-- Follow-ups: the last outcome recorded (reached, not reached, need met, still unmet), when the
-- follow-up was closed (null while it is still to do), and the day its specialist was last reminded
-- by e-mail (so that the daily reminder writes at most once a day, even if it runs twice).
alter table contacts.contact add column follow_up_outcome text
  check (follow_up_outcome in ('reached', 'not_reached', 'need_met', 'still_unmet'));
alter table contacts.contact add column follow_up_closed_at timestamptz;
alter table contacts.contact add column follow_up_reminded_on date;

create index contact_open_follow_up on contacts.contact (follow_up_on)
  where follow_up_on is not null and follow_up_closed_at is null;
