-- Accounts administered in the browser: a password set by an administrator (created, reset, imported) must be
-- changed by its owner at the next sign-in.
alter table app_user add column must_change_password boolean default false not null;
