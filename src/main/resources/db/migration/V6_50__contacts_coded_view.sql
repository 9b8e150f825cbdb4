-- Read-only views of the coded part of contact records (no identity, note, staff or free text),
-- published by the contacts module for the insights module's bulk rebuild of its rollups.
-- revision: 1 until contacts records edits; the contacts module redefines the view when it does.
create or replace view contacts.coded_contact as
  select id as contact_id, 1 as revision, started_at, channel, municipality_code, mrc_code,
    region_code
  from contacts.contact;

create or replace view contacts.coded_need as
  select contact_id, need_code, unmet_reason from contacts.contact_need;
