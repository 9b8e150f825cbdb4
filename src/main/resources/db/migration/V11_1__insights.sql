-- Insights: rollups of contacts and needs by period (month 'M', ISO week 'W' starting on its
-- Monday, Québec time) × territory × channel × need category, fed by contact events. Unknown
-- places are '' (primary keys cannot hold null). Counts never leave the module unsuppressed.
create schema if not exists insights;

-- Top category of every need code (taxonomy), refreshed at each rebuild.
create table insights.need_category (
  need_code text primary key,
  category text not null
);

-- The coded state each contact last contributed, so that an update subtracts it first and a
-- repeated or older revision changes nothing. needs: "CODE" when met, "CODE:reason" when unmet.
create table insights.applied_contact (
  contact_id uuid primary key,
  revision int not null,
  started_at timestamptz,
  channel text,
  municipality_code text,
  mrc_code text,
  region_code text,
  needs text[] not null default '{}'
);

-- Contacts; category '*' counts every contact, a category the contacts with a need in it.
create table insights.contact_count (
  grain char(1) not null check (grain in ('M', 'W')),
  period date not null,
  region_code text not null,
  mrc_code text not null,
  municipality_code text not null,
  channel text not null,
  category text not null,
  contacts bigint not null,
  primary key (grain, period, region_code, mrc_code, municipality_code, channel, category)
);

-- Needs by top category and code as recorded; unmet_reason '' when the need was met.
create table insights.need_count (
  grain char(1) not null check (grain in ('M', 'W')),
  period date not null,
  region_code text not null,
  mrc_code text not null,
  municipality_code text not null,
  channel text not null,
  category text not null,
  need_code text not null,
  unmet_reason text not null,
  needs bigint not null,
  primary key (grain, period, region_code, mrc_code, municipality_code, channel, need_code,
    unmet_reason)
);

-- Chat service levels by month: outcome answered, abandoned or offline; waited_seconds sums the
-- time from queue to answer (or to leaving, for abandoned chats).
create table insights.chat_service (
  month date not null,
  outcome text not null,
  chats bigint not null,
  waited_seconds bigint not null,
  primary key (month, outcome)
);

create table insights.applied_chat (
  chat_id uuid primary key
);

-- Grows at every change of the rollups: cached figures are recomputed when it moved.
create table insights.rollup_version (
  id int primary key check (id = 1),
  version bigint not null
);
insert into insights.rollup_version values (1, 0);
