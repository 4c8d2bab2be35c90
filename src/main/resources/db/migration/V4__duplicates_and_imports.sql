-- Duplicates found before they are made: match keys, thresholds, the clerk's decisions, the
-- supervisors' review queue, merges that can be undone, and bulk imports of legacy registers.
-- Portable SQL (H2 and PostgreSQL).

-- A person merged into another stays (so the merge can be undone) but no longer counts.
alter table person add column merged_into varchar(36) references person (id);
create index person_merged_into on person (merged_into);

-- Name search moves from trigrams to word pairs (P, Q keys, written by the application, which
-- re-indexes people at start-up); trigrams are no longer read.
delete from person_name_key where kind = 'T';
-- Looked up by key first: "name_key in (...)" is then a set of index seeks on either database.
drop index person_name_key_lookup;
create index person_name_key_lookup on person_name_key (name_key, kind, person_id);

-- Blocking keys of the matching engine: two people are compared when they share one.
create table person_match_key (
    person_id  varchar(36) not null references person (id),
    match_key  varchar(64) not null,
    primary key (person_id, match_key)
);
create index person_match_key_lookup on person_match_key (match_key, person_id);

-- Thresholds an administrator tunes; without a row the engine's defaults apply.
create table match_setting (
    id                  integer          not null primary key,
    likely_threshold    double precision not null,
    possible_threshold  double precision not null,
    updated_at          timestamp        not null,
    updated_by          varchar(100)     not null,
    version             bigint           not null default 0
);

-- What a clerk chose when the wizard showed possible duplicates.
create table registration_decision (
    id          bigint       not null primary key,
    decided_at  timestamp    not null,
    decided_by  varchar(100) not null,
    decision    varchar(16)  not null,
    person_id   varchar(36)  not null references person (id),
    candidates  varchar(2000) not null
);
create index registration_decision_person on registration_decision (person_id);

-- Pairs that may be one person, for supervisors to review; person_a < person_b.
create table duplicate_pair (
    id          bigint           not null primary key,
    person_a    varchar(36)      not null references person (id),
    person_b    varchar(36)      not null references person (id),
    score       double precision not null,
    likelihood  varchar(8)       not null,
    status      varchar(8)       not null,
    found_by    varchar(12)      not null,
    found_at    timestamp        not null,
    decided_at  timestamp,
    decided_by  varchar(100),
    version     bigint           not null default 0,
    constraint duplicate_pair_once unique (person_a, person_b)
);
create index duplicate_pair_queue on duplicate_pair (status, score);
create index duplicate_pair_b on duplicate_pair (person_b);

-- A merge: what moved from the merged record to the survivor, and the survivor's details
-- before and after, so an unmerge restores both records.
create table person_merge (
    id                 bigint        not null primary key,
    survivor_id        varchar(36)   not null references person (id),
    merged_id          varchar(36)   not null references person (id),
    pair_id            bigint        references duplicate_pair (id),
    survivor_before    varchar(4000) not null,
    survivor_after     varchar(4000) not null,
    merged_household   varchar(36)   references household (id),
    merged_role        varchar(24),
    merged_at          timestamp     not null,
    merged_by          varchar(100)  not null,
    undone_at          timestamp,
    undone_by          varchar(100),
    version            bigint        not null default 0
);
create index person_merge_survivor on person_merge (survivor_id);
create index person_merge_merged on person_merge (merged_id);

create table person_merge_item (
    merge_id  bigint      not null references person_merge (id),
    kind      varchar(16) not null,
    item_id   bigint      not null,
    primary key (merge_id, kind, item_id)
);

-- Bulk imports: the job with its checkpoint, and one outcome per row processed.
create table import_job (
    id              varchar(36)   not null primary key,
    file_name       varchar(200)  not null,
    format          varchar(8)    not null,
    column_mapping  varchar(4000) not null,
    dry_run         boolean       not null,
    status          varchar(12)   not null,
    total_rows      integer,
    rows_done       integer       not null,
    imported        integer       not null,
    rejected        integer       not null,
    duplicates      integer       not null,
    possible_duplicates integer   not null,
    created_at      timestamp     not null,
    created_by      varchar(100)  not null,
    finished_at     timestamp,
    version         bigint        not null default 0
);

create table import_row (
    import_id   varchar(36)   not null references import_job (id),
    row_number  integer       not null,
    outcome     varchar(24)   not null,
    person_id   varchar(36),
    match_id    varchar(36),
    field       varchar(64),
    reason      varchar(200),
    -- the rejected row as it was in the file, for the report; imported rows keep nothing here
    original    varchar(4000),
    primary key (import_id, row_number)
);
create index import_row_person on import_row (person_id);
