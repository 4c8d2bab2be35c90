-- The service directory (modelled on Open Referral HSDS 3), eligibility rules as data, skills
-- for opportunities, and closed-loop referrals. Portable SQL (H2 and PostgreSQL).

-- District centres: distances to services are measured from the centre of a person's district
-- (the registry keeps addresses as text, never geocoded).
alter table district add column latitude double precision;
alter table district add column longitude double precision;
update district set latitude = 41.1450, longitude = -8.6110 where city_code = 'DEMO' and code = 'D01';
update district set latitude = 41.1400, longitude = -8.6300 where city_code = 'DEMO' and code = 'D02';
update district set latitude = 41.1600, longitude = -8.6000 where city_code = 'DEMO' and code = 'D03';
update district set latitude = 41.1300, longitude = -8.6000 where city_code = 'DEMO' and code = 'D04';
update district set latitude = 41.1500, longitude = -8.6200 where city_code = 'DEMO' and code = 'D05';
update district set latitude = 41.1700, longitude = -8.6250 where city_code = 'DEMO' and code = 'D06';
update district set latitude = 41.1480, longitude = -8.5850 where city_code = 'DEMO' and code = 'D07';
update district set latitude = 41.1650, longitude = -8.6400 where city_code = 'DEMO' and code = 'D08';
update district set latitude = 41.1550, longitude = -8.6600 where city_code = 'DEMO' and code = 'D09';
update district set latitude = 41.1500, longitude = -8.5600 where city_code = 'DEMO' and code = 'D11';
update district set latitude = 41.1600, longitude = -8.5600 where city_code = 'DEMO' and code = 'D10';
update district set latitude = 41.1400, longitude = -8.5600 where city_code = 'DEMO' and code = 'D12';

-- What a person can do, as ISCO-08 sub-major groups: matched against jobs and training.
create table person_skill (
    person_id  varchar(36) not null references person (id),
    skill      varchar(8)  not null,
    primary key (person_id, skill)
);

create table organization (
    id            varchar(36)  not null primary key,
    name          varchar(200) not null,
    description   varchar(2000),
    email         varchar(200),
    website       varchar(400),
    -- the Keycloak user attribute "organisation" of the partner's staff
    partner_code  varchar(64)  unique,
    version       bigint       not null default 0
);

create table location (
    id               varchar(36)  not null primary key,
    organization_id  varchar(36)  not null references organization (id),
    name             varchar(200) not null,
    description      varchar(2000),
    address_1        varchar(200),
    postal_code      varchar(20),
    city             varchar(100),
    state_province   varchar(100),
    country          char(2),
    district_code    varchar(16),
    latitude         double precision,
    longitude        double precision,
    version          bigint       not null default 0
);
create index location_organization on location (organization_id);

create table service (
    id                       varchar(36)  not null primary key,
    organization_id          varchar(36)  not null references organization (id),
    name                     varchar(200) not null,
    description              varchar(2000),
    url                      varchar(400),
    email                    varchar(200),
    phone                    varchar(40),
    status                   varchar(16)  not null,
    offer                    varchar(16)  not null,
    eligibility_description  varchar(2000),
    application_process      varchar(2000),
    fees_description         varchar(1000),
    capacity                 integer,
    version                  bigint       not null default 0,
    constraint service_capacity_positive check (capacity is null or capacity >= 0)
);
create index service_organization on service (organization_id);

create table service_category (
    service_id  varchar(36) not null references service (id),
    category    varchar(32) not null,
    primary key (service_id, category)
);
create index service_category_by_category on service_category (category, service_id);

create table service_language (
    service_id     varchar(36) not null references service (id),
    language_code  varchar(3)  not null,
    primary key (service_id, language_code)
);

create table service_skill (
    service_id  varchar(36) not null references service (id),
    skill       varchar(8)  not null,
    primary key (service_id, skill)
);

create table service_document (
    service_id  varchar(36)  not null references service (id),
    position    integer      not null,
    document    varchar(200) not null,
    primary key (service_id, position)
);

-- Eligibility as data: each row is one condition a person must meet.
create table eligibility_rule (
    service_id  varchar(36)  not null references service (id),
    position    integer      not null,
    criterion   varchar(32)  not null,
    rule_value  varchar(400) not null,
    primary key (service_id, position)
);

create table service_at_location (
    id           varchar(36)  not null primary key,
    service_id   varchar(36)  not null references service (id),
    location_id  varchar(36)  not null references location (id),
    description  varchar(1000),
    version      bigint       not null default 0,
    constraint service_at_location_once unique (service_id, location_id)
);

create table opening_hours (
    service_at_location_id  varchar(36) not null references service_at_location (id),
    position                integer     not null,
    by_day                  varchar(40) not null,
    opens_at                time        not null,
    closes_at               time        not null,
    description             varchar(200),
    primary key (service_at_location_id, position)
);

create sequence referral_seq start with 1000 increment by 50;

create table referral (
    id                      bigint       not null primary key,
    code                    varchar(16)  not null unique,
    person_id               varchar(36)  not null references person (id),
    service_at_location_id  varchar(36)  not null references service_at_location (id),
    organization_id         varchar(36)  not null references organization (id),
    need                    varchar(32)  not null,
    -- the person's district when referred: unmet needs are counted by district
    district_code           varchar(16),
    note                    varchar(500),
    status                  varchar(16)  not null,
    due_date                date         not null,
    decline_reason          varchar(32),
    consent_checked_at      timestamp,
    consent_checked_by      varchar(100),
    created_at              timestamp    not null,
    created_by              varchar(100) not null,
    updated_at              timestamp    not null,
    updated_by              varchar(100) not null,
    version                 bigint       not null default 0
);
create index referral_person on referral (person_id);
create index referral_inbox on referral (organization_id, status);
create index referral_open on referral (status, due_date);

create table referral_transition (
    id           bigint       not null primary key,
    referral_id  bigint       not null references referral (id),
    from_status  varchar(16),
    to_status    varchar(16)  not null,
    reason       varchar(32),
    note         varchar(500),
    at           timestamp    not null,
    by_user      varchar(100) not null
);
create index referral_transition_referral on referral_transition (referral_id);
