CREATE TYPE "public"."partner_device" AS ENUM('own', 'shared');--> statement-breakpoint
CREATE TYPE "public"."safety_contact_method" AS ENUM('phone', 'text', 'email', 'video', 'in_session', 'not_reached');--> statement-breakpoint
CREATE TYPE "public"."safety_flag_source" AS ENUM('entry', 'help_button');--> statement-breakpoint
CREATE TYPE "public"."safety_outcome" AS ENUM('safe_now', 'safety_plan', 'referred', 'emergency_services', 'other');--> statement-breakpoint
CREATE TABLE "entry_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"schema_version" integer NOT NULL,
	"payload" jsonb NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entry_updates_partnerId_idempotencyKey_unique" UNIQUE("partner_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "safety_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"source" "safety_flag_source" NOT NULL,
	"entry_id" uuid,
	"idempotency_key" uuid,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by_user_id" text,
	"contact_method" "safety_contact_method",
	"outcome" "safety_outcome",
	"note" text,
	CONSTRAINT "safety_flags_entryId_unique" UNIQUE("entry_id"),
	CONSTRAINT "safety_flags_partnerId_idempotencyKey_unique" UNIQUE("partner_id","idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "away_from" date;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "away_until" date;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "shared_device_idle_minutes" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "draft_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "discreet_emails" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "secrets_policy" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "safety_backup_user_id" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "discreet_emails" boolean;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "emergency_contact" text;--> statement-breakpoint
ALTER TABLE "client_links" ADD COLUMN "device_hash" text;--> statement-breakpoint
ALTER TABLE "client_sessions" ADD COLUMN "device" "partner_device";--> statement-breakpoint
ALTER TABLE "client_sessions" ADD COLUMN "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "entry_updates" ADD CONSTRAINT "entry_updates_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_updates" ADD CONSTRAINT "entry_updates_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_updates" ADD CONSTRAINT "entry_updates_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_updates" ADD CONSTRAINT "entry_updates_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_closed_by_user_id_users_id_fk" FOREIGN KEY ("closed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entry_updates_practice_id_index" ON "entry_updates" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "entry_updates_entry_id_created_at_index" ON "entry_updates" USING btree ("entry_id","created_at");--> statement-breakpoint
CREATE INDEX "entry_updates_couple_id_index" ON "entry_updates" USING btree ("couple_id");--> statement-breakpoint
CREATE INDEX "safety_flags_practice_id_index" ON "safety_flags" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "safety_flags_couple_id_raised_at_index" ON "safety_flags" USING btree ("couple_id","raised_at");--> statement-breakpoint
CREATE INDEX "safety_flags_open_index" ON "safety_flags" USING btree ("practice_id","couple_id") WHERE "safety_flags"."closed_at" is null;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_safety_backup_user_id_users_id_fk" FOREIGN KEY ("safety_backup_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Every flag ticked before the safety log existed becomes a flag; one already marked reviewed is
-- closed by whoever reviewed it, with no method, outcome or note (none was recorded then).
INSERT INTO "safety_flags" ("practice_id", "couple_id", "partner_id", "source", "entry_id", "raised_at", "closed_at", "closed_by_user_id")
SELECT "practice_id", "couple_id", "partner_id", 'entry', "id", "created_at", "reviewed_at", "reviewed_by_user_id"
FROM "entries" WHERE "safety_flag" = true;
