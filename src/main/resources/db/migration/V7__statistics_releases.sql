-- The statistics release ledger: every table that left the application as a release for an
-- audience or as a download, with its definition, the protection's version (never its
-- parameters), the SHA-256 of the output, who and when. Insert-only. Portable SQL (H2 and
-- PostgreSQL).

create sequence statistics_release_seq start with 1 increment by 1;

create table statistics_release (
    id                  bigint        not null primary key,
    kind                varchar(16)   not null,
    occurred_at         timestamp     not null,
    actor               varchar(100)  not null,
    audience            varchar(32),
    format              varchar(8),
    definition          varchar(2000) not null,
    protection_version  varchar(64)   not null,
    output_hash         varchar(64)   not null,
    areas               varchar(2000),
    output              varchar(1000000)
);
create index statistics_release_kind on statistics_release (kind, occurred_at);
