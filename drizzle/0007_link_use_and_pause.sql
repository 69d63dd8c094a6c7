ALTER TYPE "public"."outbox_status" ADD VALUE 'cancelled';--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "links_paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "client_links" ADD COLUMN "used_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "client_links" ADD COLUMN "shown_on_screen" boolean DEFAULT false NOT NULL;