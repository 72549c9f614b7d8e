-- A review comment may be about one field of the report: the field's key (a built-in field's property, e.g. pcs, or an
-- extra field's code), null for a comment on the whole report. Shown next to that field on the review page and on the
-- unit's form.
alter table report_comment add column field_key varchar(64);
