-- ShedLock's lock table (ops.SchedulingConfig): a scheduled job takes its row before it runs, so that with several
-- instances each job runs once. Columns as ShedLock's JdbcTemplateLockProvider expects them.
create table shedlock (
    name       varchar(64)              not null primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255)             not null
);
