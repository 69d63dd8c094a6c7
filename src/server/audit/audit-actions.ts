import { z } from "zod";

/**
 * Every audit action Attune records: one closed list, `noun.verb` with a singular noun, so the
 * trail reads the same everywhere and TypeScript refuses a name that is not here. Adding an
 * action means adding it here with its label; renaming one needs a migration of stored rows.
 */
export const ZAuditActionSchema = z.enum([
  "practice.created",
  "practice.settings_changed",
  "consent_text.revised",
  "invitation.created",
  "invitation.resent",
  "invitation.revoked",
  "invitation.accepted",
  "member.role_changed",
  "member.removed",
  "member.away_changed",
  "couple.created",
  "couple.updated",
  "couple.status_changed",
  "couple.reassigned",
  "partner.unsubscribed",
  "partner.device_chosen",
  "partner.signed_out",
  "partner.contact_changed",
  "partner.consent_accepted",
  "partner.consent_declined",
  "partner_link.issued",
  "partner_link.requested",
  "partner_link.opened",
  "partner_link.revoked",
  "template.created",
  "template.revised",
  "template.archived",
  "assignment.created",
  "assignment.status_changed",
  "entry.submitted",
  "entry.safety_flagged",
  "safety_flag.help_requested",
  "entry.shared",
  "entry.unshared",
  "entry.updated",
  "entry.list_viewed",
  "entry.viewed",
  "entry.reviewed",
  "entry.all_reviewed",
  "safety_flag.closed",
  "safety_flag.log_viewed",
  "timeline.viewed",
  "session.list_viewed",
  "session.recorded",
  "session.updated",
  "session.deleted",
  "prep.exported",
]);

export type AuditAction = z.infer<typeof ZAuditActionSchema>;

/** What the audit log shows for each action, from the point of view of whoever did it. */
export const auditActionLabels: Record<AuditAction, string> = {
  "practice.created": "Created the practice",
  "practice.settings_changed": "Changed the practice settings",
  "consent_text.revised": "Changed the consent text partners accept",
  "invitation.created": "Invited someone to the practice",
  "invitation.resent": "Resent an invitation",
  "invitation.revoked": "Withdrew an invitation",
  "invitation.accepted": "Accepted an invitation",
  "member.role_changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "member.away_changed": "Changed a member's away dates",
  "couple.created": "Added a couple",
  "couple.updated": "Edited a couple's details",
  "couple.status_changed": "Changed a couple's status",
  "couple.reassigned": "Moved a couple to another therapist",
  "partner.unsubscribed": "A partner turned off reminders",
  "partner.device_chosen": "A partner said whose device they use",
  "partner.signed_out": "A partner signed out",
  "partner.contact_changed": "A partner changed their email or contact choices",
  "partner.consent_accepted": "A partner accepted the consent for homework",
  "partner.consent_declined": "A partner did not accept the consent for homework",
  "partner_link.issued": "Gave a partner a personal link",
  "partner_link.requested": "A partner asked for a new link",
  "partner_link.opened": "A partner opened their personal link",
  "partner_link.revoked": "Revoked a partner's personal links",
  "template.created": "Created a homework template",
  "template.revised": "Revised a homework template",
  "template.archived": "Archived a homework template",
  "assignment.created": "Assigned homework",
  "assignment.status_changed": "Changed a homework assignment's status",
  "entry.submitted": "A partner submitted an entry",
  "entry.safety_flagged": "A partner said they do not feel safe",
  "safety_flag.help_requested": "A partner pressed “I need help”",
  "entry.shared": "A partner shared an entry",
  "entry.unshared": "A partner stopped sharing an entry",
  "entry.updated": "A partner updated an entry after sending it",
  "entry.list_viewed": "Viewed a couple's recent entries",
  "entry.viewed": "Opened an entry",
  "entry.reviewed": "Marked an entry as reviewed",
  "entry.all_reviewed": "Marked all of a couple's new entries as reviewed",
  "safety_flag.closed": "Closed a safety flag after following up",
  "safety_flag.log_viewed": "Viewed a couple's safety log",
  "timeline.viewed": "Viewed the timeline",
  "session.list_viewed": "Viewed a couple's sessions",
  "session.recorded": "Recorded a session",
  "session.updated": "Edited a session",
  "session.deleted": "Deleted a session",
  "prep.exported": "Downloaded a session-prep PDF",
};

/** What an audit event is about; also a closed list. */
export const ZAuditSubjectTypeSchema = z.enum([
  "practice",
  "membership",
  "invitation",
  "couple",
  "partner",
  "partner_link",
  "assignment",
  "entry",
  "safety_flag",
  "template",
  "session",
]);

export type AuditSubjectType = z.infer<typeof ZAuditSubjectTypeSchema>;

/** The label for a stored action; a name this list does not know is shown as stored. */
export function auditActionLabel(action: string): string {
  const known = ZAuditActionSchema.safeParse(action);
  return known.success ? auditActionLabels[known.data] : action;
}
