-- Uploads of report figures being checked or waiting for their confirmation. The request that receives the file
-- inserts the row, a background worker of the same instance updates its progress and stores the rows read and the
-- preview (JSON), and any instance behind the load balancer answers the polling page and the confirmation. Nothing
-- of a report is written before the confirmation, which deletes the row in its transaction; rows past expires_at
-- are purged by a scheduled job.
create table report_import_job (
    id                 varchar(36)  primary key,
    owner              varchar(100) not null,
    staff              boolean      not null,
    period_id          bigint       not null references reporting_period (id),
    filename           varchar(255) not null,
    status             varchar(16)  not null,
    done               integer      not null,
    total              integer      not null,
    rows_json          text,
    problems_json      text,
    preview_json       text,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null
);
create index ix_report_import_job_expires on report_import_job (expires_at);
