-- Secondary small-number protection (ADR 0009): a count of 5 or more that is hidden all the same, because
-- together with the figures related to it, it would give a count below 5 away. Set by the refresh.
ALTER TABLE monitor_cijfer ADD COLUMN afgeschermd INTEGER NOT NULL DEFAULT 0;
