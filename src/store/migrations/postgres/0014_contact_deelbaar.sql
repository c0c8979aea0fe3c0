-- Restricted sharing (DOMAIN.md §5 b): documents for the household and its network show a professional's
-- organisation and contact details only when a regisseur marked them shareable.
ALTER TABLE betrokkenheid ADD COLUMN contact_deelbaar INTEGER NOT NULL DEFAULT 0 CHECK (contact_deelbaar IN (0, 1));
