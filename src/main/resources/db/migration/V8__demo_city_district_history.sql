-- The demo city's districts (all but those of the 2025 split) date from 2000 instead of 2020,
-- so its registry can hold eight years of history and residents who settled before it:
-- an event's district must exist on the event's date. Other cities' data is untouched.
update district set valid_from = DATE '2000-01-01'
    where city_code = 'DEMO' and valid_from = DATE '2020-01-01';
