-- Homework emails already waiting twice for one partner become one (the newest stays): each
-- carries only a fresh link, so nothing is lost.
UPDATE "email_outbox" SET "status" = 'cancelled'
WHERE "template" = 'homework_assigned' AND "status" = 'pending'
  AND "id" NOT IN (
    SELECT DISTINCT ON ("practice_id", "subject_id") "id" FROM "email_outbox"
    WHERE "template" = 'homework_assigned' AND "status" = 'pending'
    ORDER BY "practice_id", "subject_id", "created_at" DESC
  );--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_one_pending_homework_email" ON "email_outbox" USING btree ("practice_id","subject_id") WHERE "email_outbox"."template" = 'homework_assigned' and "email_outbox"."status" = 'pending';
