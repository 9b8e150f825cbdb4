-- The coded view exposes each contact's revision (V6_2), so that a rollup rebuild knows which
-- revision it counted and a later, older ContactUpdated delivery changes nothing.
create or replace view contacts.coded_contact as
  select id as contact_id, revision, started_at, channel, municipality_code, mrc_code, region_code
  from contacts.contact;
