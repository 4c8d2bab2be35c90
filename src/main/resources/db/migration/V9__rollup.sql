-- The city's releases to the national hub (rollup): one row per release of a period, with
-- its lifecycle (PREPARED, APPROVED, SENT, REFUSED, SUPERSEDED), and the outbox the sender
-- delivers from, written in the approving transaction. Optimistic locking on both (version).
-- Portable SQL (H2 and PostgreSQL).

create table rollup_submission (
    release_id         varchar(36)   not null primary key,
    city_code          varchar(16)   not null,
    period             varchar(8)    not null,
    revision           integer       not null,
    sdmx_action        varchar(1)    not null,
    protection         varchar(16)   not null,
    structure_version  varchar(16)   not null,
    state              varchar(16)   not null,
    prepared_by        varchar(100)  not null,
    prepared_at        timestamp     not null,
    approved_by        varchar(100),
    approved_at        timestamp,
    -- the observations as prepared (one line per cell), what the next release is compared with
    cells              text not null,
    cell_count         integer       not null,
    -- validation findings before approval, and the hub's refusal findings (one line each)
    findings           text,
    refusal            text,
    received_at        timestamp,
    hub_status         varchar(16),
    version            bigint        not null
);
create index rollup_submission_period on rollup_submission (period, prepared_at);

create sequence rollup_outbox_seq start with 1 increment by 1;

create table rollup_outbox (
    id                 bigint        not null primary key,
    release_id         varchar(36)   not null,
    content_type       varchar(100)  not null,
    payload            text not null,
    created_at         timestamp     not null,
    attempts           integer       not null,
    next_attempt_at    timestamp     not null,
    last_failure       varchar(200),
    delivered_at       timestamp,
    version            bigint        not null,
    constraint rollup_outbox_release unique (release_id)
);
create index rollup_outbox_due on rollup_outbox (delivered_at, next_attempt_at);
