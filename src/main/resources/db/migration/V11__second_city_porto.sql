-- A second city, Porto, with its seven parishes (freguesias, as merged in 2013) as districts: the
-- national roll-up needs more than one city sending (the end-to-end test runs a Porto instance
-- with WELCOMEDESK_CITY_CODE=PORTO beside the demo city), and it is the pattern for a city of its
-- own (docs/operations.md, Reference data). Every query of districts is by city code, so the demo
-- city's installation does not see these rows.

insert into city (code, name, country_code) values ('PORTO', 'Porto', 'PT');

insert into district (id, city_code, code, name, valid_from, valid_to, version) values
    (101, 'PORTO', 'ALD', 'Aldoar, Foz do Douro e Nevogilde', DATE '2013-09-29', null, 0),
    (102, 'PORTO', 'BON', 'Bonfim', DATE '2013-09-29', null, 0),
    (103, 'PORTO', 'CAM', 'Campanhã', DATE '2013-09-29', null, 0),
    (104, 'PORTO', 'CED', 'Cedofeita, Santo Ildefonso, Sé, Miragaia, São Nicolau e Vitória', DATE '2013-09-29', null, 0),
    (105, 'PORTO', 'LOR', 'Lordelo do Ouro e Massarelos', DATE '2013-09-29', null, 0),
    (106, 'PORTO', 'PAR', 'Paranhos', DATE '2013-09-29', null, 0),
    (107, 'PORTO', 'RAM', 'Ramalde', DATE '2013-09-29', null, 0);
