-- Chats loaded in bulk (the demo's three years of chats) remember their source and what they
-- counted for, so that loading the same source again first subtracts them from the service levels.
alter table insights.applied_chat
  add column source text,
  add column month date,
  add column outcome text,
  add column waited_seconds bigint;

create index applied_chat_source on insights.applied_chat (source) where source is not null;
