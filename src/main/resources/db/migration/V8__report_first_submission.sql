-- The date, in the portal's time zone, on which a unit first submitted its report for the period. Timeliness
-- (on time / late against the due date or the unit's extended date) is judged on it, so a report returned for
-- corrections and submitted again stays on time if its first submission was; a date rather than a timestamp so
-- that the comparison with due dates needs no time-zone arithmetic in SQL.
alter table status_report add column first_submitted_on date;

-- Rows written before this column existed: the latest submission is the best we know.
update status_report set first_submitted_on = cast(submitted_at as date) where submitted_at is not null;
