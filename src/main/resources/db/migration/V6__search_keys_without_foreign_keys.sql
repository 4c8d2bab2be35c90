-- Search and blocking keys are an index the application keeps beside each person (written
-- with the person, rebuilt from the person by a re-index, removed before the person), not
-- facts of their own. Their foreign keys made the database check the person for each of the
-- ~25 keys a person has (on PostgreSQL a lookup and a row lock per key, during an import
-- most of the rows written). The tables are rebuilt without them; keys and indexes are kept.
-- Portable SQL (H2 and PostgreSQL name the old constraints differently, so they are not
-- dropped by name).

create table person_name_key_v6 (
    person_id  varchar(36) not null,
    kind       char(1)     not null,
    name_key   varchar(40) not null
);
insert into person_name_key_v6 (person_id, kind, name_key)
    select person_id, kind, name_key from person_name_key;
drop table person_name_key;
alter table person_name_key_v6 rename to person_name_key;
alter table person_name_key add constraint person_name_key_pk primary key (person_id, kind, name_key);
create index person_name_key_lookup on person_name_key (name_key, kind, person_id);

create table person_match_key_v6 (
    person_id  varchar(36) not null,
    match_key  varchar(64) not null
);
insert into person_match_key_v6 (person_id, match_key)
    select person_id, match_key from person_match_key;
drop table person_match_key;
alter table person_match_key_v6 rename to person_match_key;
alter table person_match_key add constraint person_match_key_pk primary key (person_id, match_key);
create index person_match_key_lookup on person_match_key (match_key, person_id);
