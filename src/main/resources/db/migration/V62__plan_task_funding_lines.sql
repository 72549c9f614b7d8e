-- A task's money may come from several funding sources (nguồn vốn), each with its amount in đồng. The task's budget
-- stays as the sum of its lines (kept by the task itself), so sums over tasks need no join.
create table plan_task_funding (
    task_id  bigint      not null,
    position integer     not null,
    source   varchar(16) not null,
    amount   bigint      not null,
    primary key (task_id, position),
    constraint fk_plan_task_funding_task foreign key (task_id) references plan_task (id) on delete cascade,
    constraint uq_plan_task_funding_source unique (task_id, source),
    constraint ck_plan_task_funding_amount check (amount >= 0),
    constraint ck_plan_task_funding_source check (source in ('CENTRAL', 'PROVINCIAL', 'OTHER'))
);

-- Each existing task: its one source and its budget become its one line.
insert into plan_task_funding (task_id, position, source, amount)
select id, 0, funding_source, budget from plan_task;

alter table plan_task drop constraint ck_plan_task_funding;
alter table plan_task drop column funding_source;

-- What has been spent on the task so far (kinh phí đã giải ngân), in đồng; empty when not reported.
alter table plan_task add column budget_used bigint;
alter table plan_task add constraint ck_plan_task_budget_used check (budget_used is null or budget_used >= 0);
