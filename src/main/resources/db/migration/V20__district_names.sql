-- Districts named in each interface language (issue 18): the name in district.name stays the
-- fallback and what the API and statistics files carry; district_name holds the names entered
-- for other languages (the administration page edits them). The demo city's districts get
-- French, Portuguese and Arabic names; Porto's parishes are proper names and keep their own.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15+.

create table district_name (
    district_id   bigint       not null references district (id),
    language_tag  varchar(8)   not null,
    name          varchar(200) not null,
    primary key (district_id, language_tag)
);

insert into district_name (district_id, language_tag, name) values
    (1, 'fr', 'Vieille Ville'),
    (1, 'pt', 'Cidade Velha'),
    (1, 'ar', 'البلدة القديمة'),
    (2, 'fr', 'Le Port'),
    (2, 'pt', 'Porto'),
    (2, 'ar', 'الميناء'),
    (3, 'fr', 'Rive Nord'),
    (3, 'pt', 'Ribeira Norte'),
    (3, 'ar', 'ضفة النهر الشمالية'),
    (4, 'fr', 'Rive Sud'),
    (4, 'pt', 'Ribeira Sul'),
    (4, 'ar', 'ضفة النهر الجنوبية'),
    (5, 'fr', 'Quartier du Marché'),
    (5, 'pt', 'Bairro do Mercado'),
    (5, 'ar', 'حي السوق'),
    (6, 'fr', 'Les Collines'),
    (6, 'pt', 'Alto da Colina'),
    (6, 'ar', 'أعالي التلال'),
    (7, 'fr', 'La Gare'),
    (7, 'pt', 'Estação'),
    (7, 'ar', 'المحطة'),
    (8, 'fr', 'Université'),
    (8, 'pt', 'Universidade'),
    (8, 'ar', 'الجامعة'),
    (9, 'fr', 'Landes de l’Ouest'),
    (9, 'pt', 'Charneca Oeste'),
    (9, 'ar', 'المروج الغربية'),
    (10, 'fr', 'Champs de l’Est'),
    (10, 'pt', 'Campo Leste'),
    (10, 'ar', 'الحقول الشرقية'),
    (11, 'fr', 'Champs de l’Est Nord'),
    (11, 'pt', 'Campo Leste Norte'),
    (11, 'ar', 'الحقول الشرقية الشمالية'),
    (12, 'fr', 'Champs de l’Est Sud'),
    (12, 'pt', 'Campo Leste Sul'),
    (12, 'ar', 'الحقول الشرقية الجنوبية');
