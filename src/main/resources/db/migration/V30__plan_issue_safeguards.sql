-- Issue safeguards and frozen figures (issue 12).
-- The leader's sign-off of a draft (who and when), and the recipients ("Nơi nhận") as edited on the plan, one a line.
alter table plan add column signed_off_by varchar(64);
alter table plan add column signed_off_at timestamp with time zone;
alter table plan add column recipients varchar(4000);

-- Rules staff set on screen while the portal runs: one row. Whether a leader must sign a draft off before issue.
create table plan_setting (
    id                 integer primary key,
    sign_off_required  boolean not null default false,
    version            bigint  not null default 0,
    constraint ck_plan_setting_one_row check (id = 1)
);
insert into plan_setting (id, sign_off_required) values (1, false);

-- What an issued plan shows forever: taken when it is issued (or, for a plan issued before snapshots existed, the
-- first time its files are asked for). The files as downloaded and the figures panel of its page.
create table plan_snapshot (
    plan_id       bigint primary key,
    taken_at      timestamp with time zone not null,
    docx          bytea                    not null,
    xlsx          bytea                    not null,
    figures_html  varchar(1000000)         not null,
    constraint fk_plan_snapshot_plan foreign key (plan_id) references plan (id) on delete cascade
);
