-- The statistics' aggregate store, compact: people's contributions kept as encoded values
-- (StoredPeople) instead of a row per counted event and per residence span, which a database
-- writes five to ten times slower. Nothing here is the only copy of anything: the old tables
-- are dropped and the application rebuilds the store from the registry at its next start
-- (the store is then empty). Portable SQL (H2 and PostgreSQL both know bytea).
drop table stat_counted_event;
drop table stat_residence_span;

-- Written by a rebuild: the people of one batch together, keyed by the batch's last person id.
create table stat_store_segment (
    segment varchar(36) not null primary key,
    people  bytea       not null
);

-- Written when a person's record changes: their contributions as they now are (none when
-- merged or removed), which override what a segment holds for them.
create table stat_store_person (
    unit          varchar(36) not null primary key,
    contributions bytea       not null
);
