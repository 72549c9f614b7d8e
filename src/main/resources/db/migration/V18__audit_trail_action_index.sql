-- The audit trail page also filters by action (newest first); the index serves the filter and the ordering.
create index ix_audit_event_action_time on audit_event (action, occurred_at);
