-- Attachment bytes (up to 10 MB each) kept apart from their metadata, so that listing attachments never
-- reads the files. PostgreSQL: bytea.
create table report_attachment_content (
    attachment_id bigint primary key,
    content       bytea not null,
    constraint fk_attachment_content foreign key (attachment_id) references report_attachment (id) on delete cascade
);
