-- An entry flagged "I don't feel safe" is private for ever: undo any sharing it got before the
-- server enforced that.
UPDATE "entries" SET "visibility" = 'private', "shared_at" = NULL
WHERE "safety_flag" AND "visibility" = 'shared';
