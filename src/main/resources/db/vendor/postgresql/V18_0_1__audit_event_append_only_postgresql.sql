-- The audit trail is append-only: PostgreSQL refuses any UPDATE or DELETE of an audit event, whoever asks
-- (the application never changes an event; a person with SQL access cannot quietly either).
-- H2 (development only) has no equivalent file: its trail is not evidence.
create function audit_event_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';
end;
$$;

create trigger tr_audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger tr_audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
