-- A plan section whose body was generated from the roll-up (II.2 infrastructure, II.3.1 e-mail, II.3.2 eOffice):
-- regenerating finds it again, shows what changed and replaces its text; staff may still edit it freely.
alter table plan_section add column generated_part varchar(20);
alter table plan_section add constraint ck_plan_section_generated_part
    check (generated_part is null or generated_part in ('INFRASTRUCTURE', 'EMAIL', 'EOFFICE'));
