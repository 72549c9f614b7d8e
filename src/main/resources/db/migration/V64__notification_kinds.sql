-- Two more kinds of notification: a staff comment on a report (COMMENTED) and the staff's daily digest of the
-- reports submitted the day before (DIGEST, once per user and day under its dedup_key).
alter table notification drop constraint ck_notification_kind;
alter table notification add constraint ck_notification_kind check (kind in ('RETURNED', 'APPROVED', 'REOPENED',
    'COMMENTED', 'DEADLINE', 'OVERDUE', 'REMINDER', 'DIGEST'));
