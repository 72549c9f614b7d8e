-- Deadline extensions are edited by IT staff: a version so that of two people changing one, the second is told
-- instead of silently overwriting the first.
alter table deadline_extension add column version bigint not null default 0;
