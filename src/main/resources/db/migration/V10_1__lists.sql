-- Resource lists that partners build from the directory. Items hold only a service id and a note:
-- every view reads the service live from the directory, so a list never goes stale.
CREATE SCHEMA IF NOT EXISTS lists;

CREATE TABLE lists.resource_list (
  id              uuid PRIMARY KEY,
  title_fr        text NOT NULL CHECK (length(title_fr) BETWEEN 1 AND 200),
  title_en        text CHECK (length(title_en) <= 200),
  owner_id        uuid NOT NULL,
  visibility      text NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'link', 'public')),
  share_token     text NOT NULL UNIQUE,
  -- a "living" list: its items are the results of this saved search, computed at view time
  search_text     text,
  search_where    text,
  search_categories text[],
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX resource_list_owner ON lists.resource_list (owner_id);

CREATE TABLE lists.list_item (
  list_id    uuid NOT NULL REFERENCES lists.resource_list (id) ON DELETE CASCADE,
  position   integer NOT NULL,
  service_id uuid NOT NULL,
  note_fr    text CHECK (length(note_fr) <= 1000),
  note_en    text CHECK (length(note_en) <= 1000),
  PRIMARY KEY (list_id, service_id)
);
CREATE INDEX list_item_order ON lists.list_item (list_id, position);
