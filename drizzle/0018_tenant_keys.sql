-- The tenant in every key: each tenant table's primary key becomes (id, practice_id), its unique
-- constraints include practice_id, and references between tenant tables become
-- (practice_id, x_id) -> (practice_id, id), so a row can never point into another practice.
-- Order for a database with data: drop the old foreign keys and unique constraints, swap the
-- primary keys, then add the new foreign keys (checked against the existing rows) and uniques.
-- (drizzle-kit cannot name the old primary keys; each was PostgreSQL's default <table>_pkey.)
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_tokenHash_unique";--> statement-breakpoint
ALTER TABLE "partners" DROP CONSTRAINT "partners_coupleId_position_unique";--> statement-breakpoint
ALTER TABLE "entries" DROP CONSTRAINT "entries_partnerId_idempotencyKey_unique";--> statement-breakpoint
ALTER TABLE "entry_updates" DROP CONSTRAINT "entry_updates_partnerId_idempotencyKey_unique";--> statement-breakpoint
ALTER TABLE "homework_templates" DROP CONSTRAINT "homework_templates_familyId_version_unique";--> statement-breakpoint
ALTER TABLE "client_links" DROP CONSTRAINT "client_links_tokenHash_unique";--> statement-breakpoint
ALTER TABLE "session_notes" DROP CONSTRAINT "session_notes_coupleId_sessionOn_unique";--> statement-breakpoint
ALTER TABLE "safety_flags" DROP CONSTRAINT "safety_flags_entryId_unique";--> statement-breakpoint
ALTER TABLE "safety_flags" DROP CONSTRAINT "safety_flags_partnerId_idempotencyKey_unique";--> statement-breakpoint
ALTER TABLE "programme_templates" DROP CONSTRAINT "programme_templates_familyId_version_unique";--> statement-breakpoint
ALTER TABLE "programme_weeks" DROP CONSTRAINT "programme_weeks_runId_weekNumber_unique";--> statement-breakpoint
ALTER TABLE "partners" DROP CONSTRAINT "partners_couple_id_couples_id_fk";
--> statement-breakpoint
ALTER TABLE "assignments" DROP CONSTRAINT "assignments_couple_id_couples_id_fk";
--> statement-breakpoint
ALTER TABLE "assignments" DROP CONSTRAINT "assignments_template_id_homework_templates_id_fk";
--> statement-breakpoint
ALTER TABLE "assignments" DROP CONSTRAINT "assignments_programme_week_id_programme_weeks_id_fk";
--> statement-breakpoint
ALTER TABLE "entries" DROP CONSTRAINT "entries_couple_id_couples_id_fk";
--> statement-breakpoint
ALTER TABLE "entries" DROP CONSTRAINT "entries_partner_id_partners_id_fk";
--> statement-breakpoint
ALTER TABLE "entries" DROP CONSTRAINT "entries_assignment_id_assignments_id_fk";
--> statement-breakpoint
ALTER TABLE "entry_updates" DROP CONSTRAINT "entry_updates_couple_id_couples_id_fk";
--> statement-breakpoint
ALTER TABLE "entry_updates" DROP CONSTRAINT "entry_updates_entry_id_entries_id_fk";
--> statement-breakpoint
ALTER TABLE "entry_updates" DROP CONSTRAINT "entry_updates_partner_id_partners_id_fk";
--> statement-breakpoint
ALTER TABLE "client_links" DROP CONSTRAINT "client_links_partner_id_partners_id_fk";
--> statement-breakpoint
ALTER TABLE "client_sessions" DROP CONSTRAINT "client_sessions_partner_id_partners_id_fk";
--> statement-breakpoint
ALTER TABLE "client_sessions" DROP CONSTRAINT "client_sessions_link_id_client_links_id_fk";
--> statement-breakpoint
ALTER TABLE "session_notes" DROP CONSTRAINT "session_notes_couple_id_couples_id_fk";
--> statement-breakpoint
ALTER TABLE "safety_flags" DROP CONSTRAINT "safety_flags_couple_id_couples_id_fk";
--> statement-breakpoint
ALTER TABLE "safety_flags" DROP CONSTRAINT "safety_flags_partner_id_partners_id_fk";
--> statement-breakpoint
ALTER TABLE "safety_flags" DROP CONSTRAINT "safety_flags_entry_id_entries_id_fk";
--> statement-breakpoint
ALTER TABLE "couple_items" DROP CONSTRAINT "couple_items_couple_id_couples_id_fk";
--> statement-breakpoint
ALTER TABLE "couple_items" DROP CONSTRAINT "couple_items_created_by_partner_id_partners_id_fk";
--> statement-breakpoint
ALTER TABLE "programme_runs" DROP CONSTRAINT "programme_runs_couple_id_couples_id_fk";
--> statement-breakpoint
ALTER TABLE "programme_runs" DROP CONSTRAINT "programme_runs_template_id_programme_templates_id_fk";
--> statement-breakpoint
ALTER TABLE "programme_weeks" DROP CONSTRAINT "programme_weeks_couple_id_couples_id_fk";
--> statement-breakpoint
ALTER TABLE "programme_weeks" DROP CONSTRAINT "programme_weeks_run_id_programme_runs_id_fk";
--> statement-breakpoint
DROP INDEX "programme_runs_one_running_per_couple";--> statement-breakpoint
ALTER TABLE "consent_texts" DROP CONSTRAINT "consent_texts_pkey";--> statement-breakpoint
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_pkey";--> statement-breakpoint
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_pkey";--> statement-breakpoint
ALTER TABLE "couples" DROP CONSTRAINT "couples_pkey";--> statement-breakpoint
ALTER TABLE "partners" DROP CONSTRAINT "partners_pkey";--> statement-breakpoint
ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_pkey";--> statement-breakpoint
ALTER TABLE "assignments" DROP CONSTRAINT "assignments_pkey";--> statement-breakpoint
ALTER TABLE "entries" DROP CONSTRAINT "entries_pkey";--> statement-breakpoint
ALTER TABLE "entry_updates" DROP CONSTRAINT "entry_updates_pkey";--> statement-breakpoint
ALTER TABLE "homework_templates" DROP CONSTRAINT "homework_templates_pkey";--> statement-breakpoint
ALTER TABLE "email_outbox" DROP CONSTRAINT "email_outbox_pkey";--> statement-breakpoint
ALTER TABLE "client_links" DROP CONSTRAINT "client_links_pkey";--> statement-breakpoint
ALTER TABLE "client_sessions" DROP CONSTRAINT "client_sessions_pkey";--> statement-breakpoint
ALTER TABLE "session_notes" DROP CONSTRAINT "session_notes_pkey";--> statement-breakpoint
ALTER TABLE "safety_flags" DROP CONSTRAINT "safety_flags_pkey";--> statement-breakpoint
ALTER TABLE "practice_exports" DROP CONSTRAINT "practice_exports_pkey";--> statement-breakpoint
ALTER TABLE "stripe_invoices" DROP CONSTRAINT "stripe_invoices_pkey";--> statement-breakpoint
ALTER TABLE "couple_items" DROP CONSTRAINT "couple_items_pkey";--> statement-breakpoint
ALTER TABLE "programme_runs" DROP CONSTRAINT "programme_runs_pkey";--> statement-breakpoint
ALTER TABLE "programme_templates" DROP CONSTRAINT "programme_templates_pkey";--> statement-breakpoint
ALTER TABLE "programme_weeks" DROP CONSTRAINT "programme_weeks_pkey";--> statement-breakpoint
ALTER TABLE "consent_texts" ADD CONSTRAINT "consent_texts_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "couples" ADD CONSTRAINT "couples_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "entry_updates" ADD CONSTRAINT "entry_updates_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "homework_templates" ADD CONSTRAINT "homework_templates_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "client_links" ADD CONSTRAINT "client_links_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "client_sessions" ADD CONSTRAINT "client_sessions_pkey" PRIMARY KEY("token_hash","practice_id");--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "practice_exports" ADD CONSTRAINT "practice_exports_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "stripe_invoices" ADD CONSTRAINT "stripe_invoices_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "couple_items" ADD CONSTRAINT "couple_items_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "programme_runs" ADD CONSTRAINT "programme_runs_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "programme_templates" ADD CONSTRAINT "programme_templates_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "programme_weeks" ADD CONSTRAINT "programme_weeks_pkey" PRIMARY KEY("id","practice_id");--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_couple_id_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_couple_id_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_template_id_fk" FOREIGN KEY ("practice_id","template_id") REFERENCES "public"."homework_templates"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_programme_week_id_fk" FOREIGN KEY ("practice_id","programme_week_id") REFERENCES "public"."programme_weeks"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_couple_id_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_partner_id_fk" FOREIGN KEY ("practice_id","partner_id") REFERENCES "public"."partners"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_assignment_id_fk" FOREIGN KEY ("practice_id","assignment_id") REFERENCES "public"."assignments"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_updates" ADD CONSTRAINT "entry_updates_couple_id_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_updates" ADD CONSTRAINT "entry_updates_partner_id_fk" FOREIGN KEY ("practice_id","partner_id") REFERENCES "public"."partners"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_updates" ADD CONSTRAINT "entry_updates_entry_id_fk" FOREIGN KEY ("practice_id","entry_id") REFERENCES "public"."entries"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_links" ADD CONSTRAINT "client_links_partner_id_fk" FOREIGN KEY ("practice_id","partner_id") REFERENCES "public"."partners"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_sessions" ADD CONSTRAINT "client_sessions_partner_id_fk" FOREIGN KEY ("practice_id","partner_id") REFERENCES "public"."partners"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_sessions" ADD CONSTRAINT "client_sessions_link_id_fk" FOREIGN KEY ("practice_id","link_id") REFERENCES "public"."client_links"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_couple_id_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_couple_id_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_partner_id_fk" FOREIGN KEY ("practice_id","partner_id") REFERENCES "public"."partners"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_entry_id_fk" FOREIGN KEY ("practice_id","entry_id") REFERENCES "public"."entries"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "couple_items" ADD CONSTRAINT "couple_items_couple_id_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "couple_items" ADD CONSTRAINT "couple_items_created_by_partner_id_fk" FOREIGN KEY ("practice_id","created_by_partner_id") REFERENCES "public"."partners"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD CONSTRAINT "programme_runs_couple_id_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD CONSTRAINT "programme_runs_template_id_fk" FOREIGN KEY ("practice_id","template_id") REFERENCES "public"."programme_templates"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_weeks" ADD CONSTRAINT "programme_weeks_couple_id_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_weeks" ADD CONSTRAINT "programme_weeks_run_id_fk" FOREIGN KEY ("practice_id","run_id") REFERENCES "public"."programme_runs"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "programme_runs_one_running_per_couple" ON "programme_runs" USING btree ("couple_id","practice_id") WHERE "programme_runs"."status" in ('active', 'paused');--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_tokenHash_practiceId_unique" UNIQUE("token_hash","practice_id");--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_coupleId_position_practiceId_unique" UNIQUE("couple_id","position","practice_id");--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_partnerId_idempotencyKey_practiceId_unique" UNIQUE("partner_id","idempotency_key","practice_id");--> statement-breakpoint
ALTER TABLE "entry_updates" ADD CONSTRAINT "entry_updates_partnerId_idempotencyKey_practiceId_unique" UNIQUE("partner_id","idempotency_key","practice_id");--> statement-breakpoint
ALTER TABLE "homework_templates" ADD CONSTRAINT "homework_templates_familyId_version_practiceId_unique" UNIQUE("family_id","version","practice_id");--> statement-breakpoint
ALTER TABLE "client_links" ADD CONSTRAINT "client_links_tokenHash_practiceId_unique" UNIQUE("token_hash","practice_id");--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_coupleId_sessionOn_practiceId_unique" UNIQUE("couple_id","session_on","practice_id");--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_entryId_practiceId_unique" UNIQUE("entry_id","practice_id");--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_partnerId_idempotencyKey_practiceId_unique" UNIQUE("partner_id","idempotency_key","practice_id");--> statement-breakpoint
ALTER TABLE "programme_templates" ADD CONSTRAINT "programme_templates_familyId_version_practiceId_unique" UNIQUE("family_id","version","practice_id");--> statement-breakpoint
ALTER TABLE "programme_weeks" ADD CONSTRAINT "programme_weeks_runId_weekNumber_practiceId_unique" UNIQUE("run_id","week_number","practice_id");