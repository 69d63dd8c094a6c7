-- Audit actions now come from one closed list (src/server/audit/audit-actions.ts): rename the
-- four stored names that drifted, so old and new events read the same. audit_events is
-- append-only, so its row trigger is switched off for this one UPDATE only; the migration runs
-- in a transaction, so no other writer ever sees the table unguarded.
ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
--> statement-breakpoint
UPDATE audit_events SET action = CASE action
    WHEN 'sessions.viewed' THEN 'session.list_viewed'
    WHEN 'entries.viewed' THEN 'entry.list_viewed'
    WHEN 'reminders.unsubscribed' THEN 'partner.unsubscribed'
    WHEN 'safety.flagged' THEN 'entry.safety_flagged'
  END
WHERE action IN ('sessions.viewed', 'entries.viewed', 'reminders.unsubscribed', 'safety.flagged');
--> statement-breakpoint
ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;
