-- Staff accounts, second factor, password resets, the append-only audit log, HTTP sessions
-- (Spring Session JDBC) and the jobs that run once across nodes (db-scheduler).
create schema if not exists accounts;

create table accounts.users (
  id                uuid primary key,
  email             text not null,
  display_name      text not null,
  password_hash     text not null,
  roles             text[] not null default '{}',
  territory         text[] not null default '{}',
  organization_id   uuid,
  preferred_lang    text not null default 'fr' check (preferred_lang in ('fr', 'en')),
  enabled           boolean not null default true,
  failed_attempts   integer not null default 0,
  locked_until      timestamptz,
  totp_secret       bytea,
  totp_enabled      boolean not null default false,
  totp_last_step    bigint not null default 0,
  password_expired  boolean not null default false,
  created_at        timestamptz not null default now(),
  disabled_at       timestamptz,
  last_login_at     timestamptz
);
create unique index users_email_key on accounts.users (lower(email));

create table accounts.recovery_codes (
  user_id    uuid not null references accounts.users (id) on delete cascade,
  code_hash  text not null,
  used_at    timestamptz,
  primary key (user_id, code_hash)
);

create table accounts.password_reset_tokens (
  token_hash  text primary key,
  user_id     uuid not null references accounts.users (id) on delete cascade,
  expires_at  timestamptz not null,
  used_at     timestamptz
);

-- Who did what, when, from where. Rows are never changed nor removed, with one exception that the
-- retention job needs: erasing the IP address of an old row (Law 25: keep no more than needed).
create table accounts.audit_log (
  id       bigserial primary key,
  at       timestamptz not null default now(),
  actor    text not null,
  action   text not null,
  subject  text,
  details  text,
  ip       text
);
create index audit_log_at on accounts.audit_log (at);
create index audit_log_actor on accounts.audit_log (actor);

create function accounts.audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.ip is null
     and (new.id, new.at, new.actor, new.action, new.subject, new.details)
         is not distinct from (old.id, old.at, old.actor, old.action, old.subject, old.details) then
    return new;
  end if;
  raise exception 'accounts.audit_log is append-only: % refused', tg_op;
end $$;

create trigger audit_log_append_only before update or delete on accounts.audit_log
  for each row execute function accounts.audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on accounts.audit_log
  for each statement execute function accounts.audit_log_is_append_only();

-- Spring Session JDBC (spring.session.jdbc.table-name=accounts.spring_session)
create table accounts.spring_session (
  primary_id             char(36) not null,
  session_id             char(36) not null,
  creation_time          bigint not null,
  last_access_time       bigint not null,
  max_inactive_interval  int not null,
  expiry_time            bigint not null,
  principal_name         varchar(100),
  constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on accounts.spring_session (session_id);
create index spring_session_ix2 on accounts.spring_session (expiry_time);
create index spring_session_ix3 on accounts.spring_session (principal_name);

create table accounts.spring_session_attributes (
  session_primary_id  char(36) not null,
  attribute_name      varchar(200) not null,
  attribute_bytes     bytea not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id)
    references accounts.spring_session (primary_id) on delete cascade
);

-- db-scheduler: one row per scheduled execution, picked by exactly one node.
create table accounts.scheduled_tasks (
  task_name             text not null,
  task_instance         text not null,
  task_data             bytea,
  execution_time        timestamptz not null,
  picked                boolean not null,
  picked_by             text,
  last_success          timestamptz,
  last_failure          timestamptz,
  consecutive_failures  int,
  last_heartbeat        timestamptz,
  version               bigint not null,
  priority              smallint,
  primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on accounts.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on accounts.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on accounts.scheduled_tasks (priority desc, execution_time asc);
