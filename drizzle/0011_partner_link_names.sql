-- The couple's people are "partners" in code, so stored names follow: the personal-link email
-- template and the personal-link audit actions and subject type. audit_events is append-only,
-- so its row trigger is switched off for these UPDATEs only; the migration runs in a
-- transaction, so no other writer ever sees the table unguarded.
UPDATE email_outbox SET template = 'partner_link' WHERE template = 'client_link';
--> statement-breakpoint
ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
--> statement-breakpoint
UPDATE audit_events SET action = CASE action
    WHEN 'client_link.issued' THEN 'partner_link.issued'
    WHEN 'client_link.requested' THEN 'partner_link.requested'
    WHEN 'client_link.opened' THEN 'partner_link.opened'
    WHEN 'client_link.revoked' THEN 'partner_link.revoked'
  END
WHERE action IN ('client_link.issued', 'client_link.requested', 'client_link.opened', 'client_link.revoked');
--> statement-breakpoint
UPDATE audit_events SET subject_type = 'partner_link' WHERE subject_type = 'client_link';
--> statement-breakpoint
ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;
