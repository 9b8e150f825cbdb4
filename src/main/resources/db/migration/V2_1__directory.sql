-- The directory: Open Referral HSDS 3.0 objects, with their HSDS names and UUID keys, so that import,
-- export and the HSDS API are mappings. Every text people read has a French (_fr) and an English (_en)
-- column. Columns marked "staff only" never reach the public site, the HSDS API, exports or the index.
CREATE SCHEMA IF NOT EXISTS directory;

-- Our lifecycle, beside HSDS's own status field.
-- draft: not public yet; published: public; withdrawn: removed from public view, kept for history.

CREATE TABLE directory.taxonomy (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  description text,
  uri text,
  version text
);

CREATE TABLE directory.taxonomy_term (
  id uuid PRIMARY KEY,
  code text,
  name_fr text,
  name_en text,
  description_fr text,
  description_en text,
  parent_id uuid REFERENCES directory.taxonomy_term (id) ON DELETE SET NULL,
  taxonomy text,
  taxonomy_id uuid REFERENCES directory.taxonomy (id) ON DELETE CASCADE,
  language text,
  term_uri text,
  -- our category this term maps to (crosswalk), for external taxonomies
  repere_code text
);
CREATE UNIQUE INDEX taxonomy_term_code ON directory.taxonomy_term (taxonomy_id, code);
CREATE INDEX taxonomy_term_parent ON directory.taxonomy_term (parent_id);

CREATE TABLE directory.organization (
  id uuid PRIMARY KEY,
  name_fr text,
  name_en text,
  alternate_name_fr text,
  alternate_name_en text,
  description_fr text,
  description_en text,
  email text,
  website text,
  tax_status text,
  tax_id text,
  year_incorporated integer,
  legal_status text,
  logo text,
  uri text,
  parent_organization_id uuid REFERENCES directory.organization (id) ON DELETE SET NULL,
  -- Repère
  lifecycle text NOT NULL DEFAULT 'published' CHECK (lifecycle IN ('draft', 'published', 'withdrawn')),
  trusted boolean NOT NULL DEFAULT false,
  internal_note text,               -- staff only
  private_contact_name text,        -- staff only: the person who verifies the record
  private_contact_email text,       -- staff only
  private_contact_phone text,       -- staff only
  last_verified_at timestamptz,
  last_verified_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CHECK (coalesce(name_fr, name_en) IS NOT NULL)
);

CREATE TABLE directory.organization_identifier (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES directory.organization (id) ON DELETE CASCADE,
  identifier_scheme text,
  identifier_type text NOT NULL,
  identifier text NOT NULL
);
CREATE INDEX organization_identifier_org ON directory.organization_identifier (organization_id);

CREATE TABLE directory.program (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES directory.organization (id) ON DELETE CASCADE,
  name_fr text,
  name_en text,
  alternate_name_fr text,
  alternate_name_en text,
  description_fr text,
  description_en text
);
CREATE INDEX program_org ON directory.program (organization_id);

CREATE TABLE directory.service (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES directory.organization (id) ON DELETE CASCADE,
  program_id uuid REFERENCES directory.program (id) ON DELETE SET NULL,
  name_fr text,
  name_en text,
  alternate_name_fr text,
  alternate_name_en text,
  description_fr text,
  description_en text,
  url text,
  email text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
  interpretation_services_fr text,
  interpretation_services_en text,
  application_process_fr text,
  application_process_en text,
  fees_description_fr text,
  fees_description_en text,
  wait_time_fr text,
  wait_time_en text,
  accreditations_fr text,
  accreditations_en text,
  eligibility_description_fr text,
  eligibility_description_en text,
  minimum_age integer,
  maximum_age integer,
  assured_date date,
  assurer_email text,
  licenses text,
  alert_fr text,
  alert_en text,
  -- Repère
  start_date date,                  -- time-limited projects ("projets ponctuels")
  end_date date,                    -- leaves public view after this date
  lifecycle text NOT NULL DEFAULT 'published' CHECK (lifecycle IN ('draft', 'published', 'withdrawn')),
  internal_note text,               -- staff only
  last_verified_at timestamptz,
  last_verified_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CHECK (coalesce(name_fr, name_en) IS NOT NULL),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX service_org ON directory.service (organization_id);
CREATE INDEX service_updated ON directory.service (updated_at);

CREATE TABLE directory.location (
  id uuid PRIMARY KEY,
  location_type text NOT NULL DEFAULT 'physical' CHECK (location_type IN ('physical', 'postal', 'virtual')),
  url text,
  organization_id uuid REFERENCES directory.organization (id) ON DELETE CASCADE,
  name_fr text,
  name_en text,
  alternate_name_fr text,
  alternate_name_en text,
  description_fr text,
  description_en text,
  transportation_fr text,
  transportation_en text,
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  external_identifier text,
  external_identifier_type text,
  -- Repère: a confidential location (e.g. a shelter for women fleeing violence) never shows its
  -- address or point in public; only its phone and the territory it serves.
  confidential boolean NOT NULL DEFAULT false,
  municipality_code text,           -- resolved from the address, for coverage and insights
  lifecycle text NOT NULL DEFAULT 'published' CHECK (lifecycle IN ('draft', 'published', 'withdrawn')),
  internal_note text,               -- staff only
  last_verified_at timestamptz,
  last_verified_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0
);
CREATE INDEX location_org ON directory.location (organization_id);

CREATE TABLE directory.address (
  id uuid PRIMARY KEY,
  location_id uuid NOT NULL REFERENCES directory.location (id) ON DELETE CASCADE,
  attention text,
  address_1 text NOT NULL,
  address_2 text,
  city text NOT NULL,
  region text,
  state_province text NOT NULL DEFAULT 'QC',
  postal_code text,
  country text NOT NULL DEFAULT 'CA',
  address_type text NOT NULL DEFAULT 'physical' CHECK (address_type IN ('physical', 'postal', 'virtual'))
);
CREATE INDEX address_location ON directory.address (location_id);

CREATE TABLE directory.service_at_location (
  id uuid PRIMARY KEY,
  service_id uuid NOT NULL REFERENCES directory.service (id) ON DELETE CASCADE,
  location_id uuid NOT NULL REFERENCES directory.location (id) ON DELETE CASCADE,
  description_fr text,
  description_en text,
  UNIQUE (service_id, location_id)
);
CREATE INDEX sal_location ON directory.service_at_location (location_id);

CREATE TABLE directory.contact (
  id uuid PRIMARY KEY,
  organization_id uuid REFERENCES directory.organization (id) ON DELETE CASCADE,
  service_id uuid REFERENCES directory.service (id) ON DELETE CASCADE,
  service_at_location_id uuid REFERENCES directory.service_at_location (id) ON DELETE CASCADE,
  location_id uuid REFERENCES directory.location (id) ON DELETE CASCADE,
  name text,
  title_fr text,
  title_en text,
  department text,
  email text
);

CREATE TABLE directory.phone (
  id uuid PRIMARY KEY,
  location_id uuid REFERENCES directory.location (id) ON DELETE CASCADE,
  service_id uuid REFERENCES directory.service (id) ON DELETE CASCADE,
  organization_id uuid REFERENCES directory.organization (id) ON DELETE CASCADE,
  contact_id uuid REFERENCES directory.contact (id) ON DELETE CASCADE,
  service_at_location_id uuid REFERENCES directory.service_at_location (id) ON DELETE CASCADE,
  number text NOT NULL,
  extension text,
  type text CHECK (type IS NULL OR type IN ('text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone')),
  description_fr text,
  description_en text,
  -- Repère: an intake line for professionals, never shown to the public
  staff_only boolean NOT NULL DEFAULT false,
  position integer NOT NULL DEFAULT 0
);
CREATE INDEX phone_service ON directory.phone (service_id);
CREATE INDEX phone_location ON directory.phone (location_id);
CREATE INDEX phone_org ON directory.phone (organization_id);

CREATE TABLE directory.schedule (
  id uuid PRIMARY KEY,
  service_id uuid REFERENCES directory.service (id) ON DELETE CASCADE,
  location_id uuid REFERENCES directory.location (id) ON DELETE CASCADE,
  service_at_location_id uuid REFERENCES directory.service_at_location (id) ON DELETE CASCADE,
  valid_from date,
  valid_to date,
  dtstart date,
  timezone numeric,
  until date,
  count integer,
  wkst text,
  freq text CHECK (freq IS NULL OR freq IN ('WEEKLY', 'MONTHLY')),
  interval integer,
  byday text,
  byweekno text,
  bymonthday text,
  byyearday text,
  description_fr text,
  description_en text,
  opens_at time,
  closes_at time,
  schedule_link text,
  attending_type text,
  notes_fr text,
  notes_en text
);
CREATE INDEX schedule_service ON directory.schedule (service_id);
CREATE INDEX schedule_location ON directory.schedule (location_id);
CREATE INDEX schedule_sal ON directory.schedule (service_at_location_id);

CREATE TABLE directory.service_area (
  id uuid PRIMARY KEY,
  service_id uuid REFERENCES directory.service (id) ON DELETE CASCADE,
  service_at_location_id uuid REFERENCES directory.service_at_location (id) ON DELETE CASCADE,
  name text,
  description_fr text,
  description_en text,
  extent text,
  extent_type text,
  uri text,
  -- Repère: the territory resolved from the name, in the geography's form ("qc", "region:11",
  -- "mrc:040", "mun:04015", "radius:lat,lon,km"); null when the name could not be resolved
  territory text
);
CREATE INDEX service_area_service ON directory.service_area (service_id);

CREATE TABLE directory.language (
  id uuid PRIMARY KEY,
  service_id uuid REFERENCES directory.service (id) ON DELETE CASCADE,
  location_id uuid REFERENCES directory.location (id) ON DELETE CASCADE,
  phone_id uuid REFERENCES directory.phone (id) ON DELETE CASCADE,
  name text,
  code text,
  note text
);
CREATE INDEX language_service ON directory.language (service_id);

CREATE TABLE directory.cost_option (
  id uuid PRIMARY KEY,
  service_id uuid NOT NULL REFERENCES directory.service (id) ON DELETE CASCADE,
  valid_from date,
  valid_to date,
  option_fr text,
  option_en text,
  currency text,
  amount numeric,
  amount_description_fr text,
  amount_description_en text
);
CREATE INDEX cost_option_service ON directory.cost_option (service_id);

CREATE TABLE directory.funding (
  id uuid PRIMARY KEY,
  organization_id uuid REFERENCES directory.organization (id) ON DELETE CASCADE,
  service_id uuid REFERENCES directory.service (id) ON DELETE CASCADE,
  source_fr text,
  source_en text
);

CREATE TABLE directory.accessibility (
  id uuid PRIMARY KEY,
  location_id uuid NOT NULL REFERENCES directory.location (id) ON DELETE CASCADE,
  description_fr text,
  description_en text,
  details_fr text,
  details_en text,
  url text
);
CREATE INDEX accessibility_location ON directory.accessibility (location_id);

CREATE TABLE directory.required_document (
  id uuid PRIMARY KEY,
  service_id uuid NOT NULL REFERENCES directory.service (id) ON DELETE CASCADE,
  document_fr text,
  document_en text,
  uri text
);
CREATE INDEX required_document_service ON directory.required_document (service_id);

-- HSDS attribute: links a taxonomy term to any record (service categories, audiences…).
CREATE TABLE directory.attribute (
  id uuid PRIMARY KEY,
  link_id uuid NOT NULL,
  taxonomy_term_id uuid NOT NULL REFERENCES directory.taxonomy_term (id) ON DELETE CASCADE,
  link_type text,
  link_entity text NOT NULL,
  value text,
  label text
);
CREATE INDEX attribute_link ON directory.attribute (link_id);
CREATE INDEX attribute_term ON directory.attribute (taxonomy_term_id);

-- HSDS metadata, and our full history: one row per changed field, grouped by change_id
-- (who, when, before/after). Staff-only values are not copied here: only the fact they changed.
CREATE TABLE directory.metadata (
  id uuid PRIMARY KEY,
  change_id uuid NOT NULL,
  resource_id uuid NOT NULL,
  resource_type text NOT NULL,
  last_action_date timestamptz NOT NULL DEFAULT now(),
  last_action_type text NOT NULL,
  field_name text NOT NULL,
  previous_value text,
  replacement_value text,
  updated_by text NOT NULL
);
CREATE INDEX metadata_resource ON directory.metadata (resource_id, last_action_date);

-- A proposed change to a published record, kept beside it until a curator decides.
CREATE TABLE directory.revision (
  id uuid PRIMARY KEY,
  resource_type text NOT NULL,
  resource_id uuid NOT NULL,
  organization_id uuid,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'superseded')),
  submitted_by text NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  reviewed_by text,
  reviewed_at timestamptz,
  review_comment text
);
CREATE INDEX revision_pending ON directory.revision (status, submitted_at) WHERE status = 'pending';
CREATE INDEX revision_resource ON directory.revision (resource_id);

-- Every committed change appends here in the same transaction. Appends are serialized by an advisory
-- lock, so sequence numbers become visible in order and a reader that tails "seq > last" misses
-- nothing. kind: service | organization | location | taxonomy | all (a bulk import: rebuild).
CREATE TABLE directory.change_log (
  seq bigint PRIMARY KEY,
  kind text NOT NULL,
  record_id uuid,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE SEQUENCE directory.change_log_seq;
