-- Contact records: one row per call, chat, e-mail, text or visit, coded with Repère's taxonomy.
-- No name is stored unless a follow-up needs one, and then only encrypted (AES-GCM, key outside
-- the database: see docs/contacts.md). Municipality, MRC and region are all null when unknown.
create schema if not exists contacts;

-- Which centre and team a specialist or supervisor works in (need-to-know rules).
create table contacts.team_member (
  user_id uuid primary key,
  centre text not null,
  team text not null
);

create table contacts.contact (
  id uuid primary key,
  channel text not null check (channel in ('phone', 'chat', 'email', 'text', 'walk_in')),
  started_at timestamptz not null,
  ended_at timestamptz,
  caller_type text not null check (caller_type in ('self', 'relative', 'professional', 'unknown')),
  municipality_code text,
  mrc_code text,
  region_code text,
  language text not null check (language in ('fr', 'en', 'other')),
  age_group text not null
    check (age_group in ('unknown', 'under_18', 'from_18_to_29', 'from_30_to_64', 'from_65')),
  specialist_id uuid not null,
  assigned_to uuid,
  centre text,
  team text,
  outcome text not null
    check (outcome in ('informed', 'referred', 'unmet', 'emergency_transfer', 'interrupted')),
  crisis boolean not null default false,
  follow_up_on date,
  follow_up_identity bytea,
  follow_up_notes bytea,
  recorded_at timestamptz not null default now(),
  check (ended_at is null or ended_at >= started_at)
);

create index contact_specialist on contacts.contact (specialist_id, started_at desc);
create index contact_team on contacts.contact (centre, team);

create table contacts.contact_need (
  contact_id uuid not null references contacts.contact (id) on delete cascade,
  need_code text not null,
  met boolean not null,
  unmet_reason text check (unmet_reason in
    ('no_service', 'waiting_list', 'not_eligible', 'too_far', 'cost', 'language', 'closed', 'other')),
  primary key (contact_id, need_code),
  check (met = (unmet_reason is null))
);

create table contacts.contact_referral (
  contact_id uuid not null references contacts.contact (id) on delete cascade,
  service_id uuid not null,
  need_code text,
  primary key (contact_id, service_id)
);
