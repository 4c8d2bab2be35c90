-- Reference data: the city, its districts (boundaries change, so each has validity dates),
-- countries (ISO 3166-1 alpha-2) and languages (ISO 639), with names in the UI languages.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15+.

create table city (
    code          varchar(16)  not null primary key,
    name          varchar(200) not null,
    country_code  char(2)      not null
);

create sequence district_seq start with 1000 increment by 50;

create table district (
    id          bigint       not null primary key,
    city_code   varchar(16)  not null references city (code),
    code        varchar(16)  not null,
    name        varchar(200) not null,
    valid_from  date         not null,
    valid_to    date,
    version     bigint       not null default 0,
    constraint district_validity check (valid_to is null or valid_to > valid_from),
    constraint district_code_period unique (city_code, code, valid_from)
);

create table country (
    code        char(2)     not null primary key,
    alpha3      char(3)     not null unique
);

create table country_name (
    country_code  char(2)      not null references country (code),
    language_tag  varchar(8)   not null,
    name          varchar(200) not null,
    primary key (country_code, language_tag)
);

create table language (
    code        varchar(3)  not null primary key,
    alpha3      varchar(3)  not null
);

create table language_name (
    language_code  varchar(3)   not null references language (code),
    language_tag   varchar(8)   not null,
    name           varchar(200) not null,
    primary key (language_code, language_tag)
);
