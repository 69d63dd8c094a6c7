-- Keep the oldest waiting safety alert per therapist; it counts every flag when it is sent.
UPDATE "email_outbox" SET "status" = 'failed', "last_error" = 'coalesced into an earlier safety alert'
WHERE "template" = 'safety_flag' AND "status" = 'pending' AND "id" NOT IN (
  SELECT DISTINCT ON ("practice_id", "to") "id" FROM "email_outbox"
  WHERE "template" = 'safety_flag' AND "status" = 'pending'
  ORDER BY "practice_id", "to", "created_at"
);--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_one_pending_safety_alert" ON "email_outbox" USING btree ("practice_id","to") WHERE "email_outbox"."template" = 'safety_flag' and "email_outbox"."status" = 'pending';