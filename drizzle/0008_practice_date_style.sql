CREATE TYPE "public"."date_style" AS ENUM('US', 'international');--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "date_style" date_style DEFAULT 'US' NOT NULL;