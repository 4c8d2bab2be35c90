-- The statistics' aggregate store: each person's counted contributions, replaced whole when
-- their record changes and rebuildable from the registry at any time (nothing here is the
-- only copy of anything). Codes and keys only, no names; the unit is the person's opaque id,
-- kept so one person's rows can be replaced. Portable SQL (H2 and PostgreSQL).

-- A person's effective residence events as statistics count them. counted says in which
-- periods the event stands for the person (a person counts once per flow and period: the
-- earliest event of the flow there): 1 its year, 2 its quarter, 4 its month.
create table stat_counted_event (
    unit              varchar(36)  not null,
    record_key        integer      not null,
    flow              varchar(12)  not null,
    event_date        date         not null,
    district          varchar(16)  not null,
    previous_district varchar(16),
    sex               varchar(8)   not null,
    age               smallint     not null,
    citizenship       varchar(8)   not null,
    birth_country     varchar(8)   not null,
    partner           varchar(200) not null,
    provisional       boolean      not null,
    counted           smallint     not null
);
create index stat_counted_event_unit on stat_counted_event (unit);

-- A person's usual residence, one row per stay in one district (the resident population).
create table stat_residence_span (
    unit          varchar(36) not null,
    record_key    integer     not null,
    date_from     date        not null,
    date_to       date,
    district      varchar(16) not null,
    sex           varchar(8)  not null,
    birth_date    date,
    citizenship   varchar(8)  not null,
    birth_country varchar(8)  not null,
    provisional   boolean     not null
);
create index stat_residence_span_unit on stat_residence_span (unit);
