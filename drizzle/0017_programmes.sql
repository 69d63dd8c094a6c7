CREATE TYPE "public"."couple_item_type" AS ENUM('ritual', 'small_win');--> statement-breakpoint
CREATE TYPE "public"."programme_status" AS ENUM('active', 'paused', 'stopped', 'finished');--> statement-breakpoint
CREATE TYPE "public"."programme_week_status" AS ENUM('scheduled', 'assigned', 'skipped', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."ritual_rhythm" AS ENUM('daily', 'weekly');--> statement-breakpoint
CREATE TABLE "couple_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"type" "couple_item_type" NOT NULL,
	"label" text NOT NULL,
	"rhythm" "ritual_rhythm",
	"created_by_user_id" text,
	"created_by_partner_id" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"template_id" uuid,
	"builtin_key" text,
	"template_version" integer NOT NULL,
	"title" text NOT NULL,
	"weeks" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"status" "programme_status" DEFAULT 'active' NOT NULL,
	"paused_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"started_by_user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"weeks" jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_templates_familyId_version_unique" UNIQUE("family_id","version")
);
--> statement-breakpoint
CREATE TABLE "programme_weeks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"week_number" smallint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" "programme_week_status" DEFAULT 'scheduled' NOT NULL,
	"assigned_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_weeks_runId_weekNumber_unique" UNIQUE("run_id","week_number")
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "programme_week_id" uuid;--> statement-breakpoint
ALTER TABLE "couple_items" ADD CONSTRAINT "couple_items_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "couple_items" ADD CONSTRAINT "couple_items_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "couple_items" ADD CONSTRAINT "couple_items_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "couple_items" ADD CONSTRAINT "couple_items_created_by_partner_id_partners_id_fk" FOREIGN KEY ("created_by_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD CONSTRAINT "programme_runs_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD CONSTRAINT "programme_runs_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD CONSTRAINT "programme_runs_template_id_programme_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."programme_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_runs" ADD CONSTRAINT "programme_runs_started_by_user_id_users_id_fk" FOREIGN KEY ("started_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_templates" ADD CONSTRAINT "programme_templates_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_templates" ADD CONSTRAINT "programme_templates_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_weeks" ADD CONSTRAINT "programme_weeks_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_weeks" ADD CONSTRAINT "programme_weeks_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_weeks" ADD CONSTRAINT "programme_weeks_run_id_programme_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."programme_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "couple_items_practice_id_index" ON "couple_items" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "couple_items_couple_id_type_index" ON "couple_items" USING btree ("couple_id","type");--> statement-breakpoint
CREATE INDEX "programme_runs_practice_id_index" ON "programme_runs" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "programme_runs_couple_id_index" ON "programme_runs" USING btree ("couple_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_runs_one_running_per_couple" ON "programme_runs" USING btree ("couple_id") WHERE "programme_runs"."status" in ('active', 'paused');--> statement-breakpoint
CREATE INDEX "programme_templates_practice_id_index" ON "programme_templates" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "programme_weeks_practice_id_index" ON "programme_weeks" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "programme_weeks_couple_id_index" ON "programme_weeks" USING btree ("couple_id");--> statement-breakpoint
CREATE INDEX "programme_weeks_starts_on_index" ON "programme_weeks" USING btree ("starts_on") WHERE "programme_weeks"."status" = 'scheduled';--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_programme_week_id_programme_weeks_id_fk" FOREIGN KEY ("programme_week_id") REFERENCES "public"."programme_weeks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_programme_week_id_index" ON "assignments" USING btree ("programme_week_id");