-- The central registry: people, households, residence events, consent, needs, documents,
-- search keys, the audit trail and idempotency keys of the API. Portable SQL (H2 and PostgreSQL).

create sequence registry_seq start with 1000 increment by 50;

create table household (
    id          varchar(36)  not null primary key,
    created_at  timestamp    not null,
    version     bigint       not null default 0
);

create table person (
    id                   varchar(36)  not null primary key,
    given_names          varchar(200),
    family_names         varchar(200),
    given_names_latin    varchar(200),
    family_names_latin   varchar(200),
    name_order           varchar(16)  not null,
    sex                  varchar(1)   not null,
    birth_year           integer,
    birth_month          integer,
    birth_day            integer,
    birth_estimated      boolean      not null default false,
    country_of_birth     char(2)      references country (code),
    preferred_language   varchar(3)   references language (code),
    interpreter_needed   boolean      not null default false,
    phone                varchar(40),
    phone_digits         varchar(40),
    email                varchar(200),
    address              varchar(400),
    district_id          bigint       references district (id),
    status               varchar(16)  not null,
    household_id         varchar(36)  references household (id),
    household_role       varchar(24),
    sort_name            varchar(400) not null,
    created_at           timestamp    not null,
    created_by           varchar(100) not null,
    updated_at           timestamp    not null,
    updated_by           varchar(100) not null,
    version              bigint       not null default 0,
    constraint person_birth_month check (birth_month is null or birth_month between 1 and 12),
    constraint person_birth_day check (birth_day is null or (birth_day between 1 and 31 and birth_month is not null))
);
create index person_household on person (household_id);
create index person_birth_year on person (birth_year);
create index person_phone on person (phone_digits);
create index person_sort_name on person (sort_name);

create table person_citizenship (
    person_id     varchar(36) not null references person (id),
    country_code  char(2)     not null references country (code),
    primary key (person_id, country_code)
);

create table person_language (
    person_id      varchar(36) not null references person (id),
    language_code  varchar(3)  not null references language (code),
    primary key (person_id, language_code)
);

create table identity_document (
    id               bigint       not null primary key,
    person_id        varchar(36)  not null references person (id),
    type             varchar(32)  not null,
    number           varchar(64)  not null,
    number_key       varchar(64)  not null,
    issuing_country  char(2)      references country (code),
    expiry_date      date
);
create index identity_document_number on identity_document (number_key);
create index identity_document_person on identity_document (person_id);

-- Name search keys: phonetic skeletons (S) and trigrams (T) of every name a person has.
create table person_name_key (
    person_id  varchar(36) not null references person (id),
    kind       char(1)     not null,
    name_key   varchar(40) not null,
    primary key (person_id, kind, name_key)
);
create index person_name_key_lookup on person_name_key (kind, name_key);

create table consent (
    id           bigint       not null primary key,
    person_id    varchar(36)  not null references person (id),
    purpose      varchar(32)  not null,
    granted      boolean      not null,
    recorded_at  timestamp    not null,
    recorded_by  varchar(100) not null
);
create index consent_person on consent (person_id);

create table residence_event (
    id                      bigint       not null primary key,
    person_id               varchar(36)  not null references person (id),
    type                    varchar(32)  not null,
    event_date              date         not null,
    registration_date       date         not null,
    district_id             bigint       references district (id),
    other_country           char(2)      references country (code),
    other_municipality      varchar(200),
    intended_months         integer,
    flow                    varchar(12)  not null,
    observation_status      varchar(1)   not null,
    corrects_event_id       bigint       references residence_event (id),
    record_key              double precision not null,
    recorded_at             timestamp    not null,
    recorded_by             varchar(100) not null,
    version                 bigint       not null default 0
);
create index residence_event_person on residence_event (person_id);
create index residence_event_provisional on residence_event (observation_status, event_date);

create table needs_assessment (
    id           bigint       not null primary key,
    person_id    varchar(36)  not null references person (id),
    visit_date   date         not null,
    recorded_at  timestamp    not null,
    recorded_by  varchar(100) not null
);
create index needs_assessment_person on needs_assessment (person_id);

create table need (
    assessment_id  bigint       not null references needs_assessment (id),
    category       varchar(32)  not null,
    note           varchar(500),
    primary key (assessment_id, category)
);

-- Who read or changed which person's record, when, and which fields. Written in the same
-- transaction as the change; the application has no way to update or delete an entry.
create table audit_entry (
    id           bigint        not null primary key,
    occurred_at  timestamp     not null,
    actor        varchar(100)  not null,
    action       varchar(16)   not null,
    subject_type varchar(32)   not null,
    subject_id   varchar(36)   not null,
    fields       varchar(2000)
);
create index audit_entry_subject on audit_entry (subject_type, subject_id, occurred_at);

-- API creations already answered, so a replayed POST returns the first result.
create table idempotency_key (
    idempotency_key  varchar(100) not null,
    actor            varchar(100) not null,
    request_hash     varchar(64)  not null,
    resource_id      varchar(36)  not null,
    created_at       timestamp    not null,
    primary key (idempotency_key, actor)
);
