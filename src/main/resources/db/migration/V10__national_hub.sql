-- The national hub's store: one copy of every release a city sent and the hub accepted (its
-- id is the key: the same release again finds it), its cells as sent (a withheld cell has no
-- value, never 0), and the attempts the hub refused (codes only, never the message), for the
-- submissions page. Unused by a city deployment. Portable SQL (H2 and PostgreSQL).

create table national_release (
    release_id         varchar(64)  not null primary key,
    city               varchar(32)  not null,
    period             varchar(16)  not null,
    revision           integer      not null,
    action             varchar(1)   not null,
    protection         varchar(16)  not null,
    structure_version  varchar(16)  not null,
    prepared_at        timestamp    not null,
    received_at        timestamp    not null,
    status             varchar(16)  not null,
    constraint national_release_revision unique (city, period, revision)
);
create index national_release_period on national_release (period, city, revision);

create table national_cell (
    release_id   varchar(64)  not null,
    position     integer      not null,
    dataflow     varchar(32)  not null,
    series_key   varchar(500) not null,
    obs_value    bigint,
    obs_status   varchar(1)   not null,
    conf_status  varchar(1)   not null,
    primary key (release_id, position),
    constraint national_cell_release foreign key (release_id) references national_release (release_id)
);

create sequence national_refusal_seq start with 1000 increment by 50;

create table national_refusal (
    id          bigint        not null primary key,
    city        varchar(32)   not null,
    release_id  varchar(64),
    period      varchar(16),
    status      integer       not null,
    codes       varchar(1000) not null,
    refused_at  timestamp     not null
);
create index national_refusal_city on national_refusal (city, period, refused_at);
