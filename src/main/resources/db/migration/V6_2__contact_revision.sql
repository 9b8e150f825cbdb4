-- Each edit of a contact adds one to its revision (the first save is revision 1), so that insights
-- can recognize a late or repeated ContactUpdated, and so that an edit made on a stale copy of the
-- record (someone else saved in between) is refused instead of silently overwriting.
alter table contacts.contact add column revision integer not null default 1;
alter table contacts.contact add column updated_at timestamptz;
