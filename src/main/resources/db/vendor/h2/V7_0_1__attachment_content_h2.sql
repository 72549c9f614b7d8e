-- Attachment bytes (up to 10 MB each) kept apart from their metadata. H2: varbinary with an explicit limit.
create table report_attachment_content (
    attachment_id bigint primary key,
    content       varbinary(20000000) not null,
    constraint fk_attachment_content foreign key (attachment_id) references report_attachment (id) on delete cascade
);
