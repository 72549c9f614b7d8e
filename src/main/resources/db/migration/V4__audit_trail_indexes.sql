-- The audit trail page lists events newest first, optionally for one record type or one user:
-- each filter gets an index that also serves the ordering.
create index ix_audit_event_type_time on audit_event (entity_type, occurred_at);
create index ix_audit_event_actor_time on audit_event (actor, occurred_at);
