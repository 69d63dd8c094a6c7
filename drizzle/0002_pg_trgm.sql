-- Trigram indexes make "search by name" (ILIKE '%…%') fast at practice scale.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
