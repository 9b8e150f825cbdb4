-- Québec geography, a copy of what the application reads from its geography folder (or its
-- built-in fallback), so that SQL reports can join on codes. Reloaded as a whole at startup when
-- the source's content hash changes, and by the geo-load task.
create schema if not exists geography;

create table geography.region (
    code text primary key check (code ~ '^[0-9]{2}$'),
    name text not null,
    population integer not null
);

-- MRCs and equivalent territories (cities acting as MRCs, Kativik, reserves outside any MRC).
create table geography.mrc (
    code text primary key,
    name text not null,
    type text not null,
    region_code text not null references geography.region (code),
    population integer not null
);

create table geography.municipality (
    code text primary key check (code ~ '^[0-9]{5}$'),
    name text not null,
    designation text,
    mrc_code text references geography.mrc (code),
    region_code text not null references geography.region (code),
    population integer not null,
    latitude double precision,
    longitude double precision,
    town_hall_postal_code text
);

create index municipality_region_idx on geography.municipality (region_code);
create index municipality_mrc_idx on geography.municipality (mrc_code);

-- Forward sortation areas (first three characters of a postal code) with their centroid.
create table geography.fsa (
    code text primary key check (code ~ '^[A-Z][0-9][A-Z]$'),
    place_name text,
    region_code text not null references geography.region (code),
    latitude double precision not null,
    longitude double precision not null,
    nearest_municipality_code text references geography.municipality (code)
);

-- One row: what the tables were loaded from.
create table geography.source (
    id integer primary key default 1 check (id = 1),
    source text not null,
    content_hash text not null,
    loaded_at timestamptz not null default now()
);
