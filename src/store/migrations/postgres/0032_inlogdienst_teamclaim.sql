-- An account made at its first login through the gemeente's IdP can be placed by a claim (issue "identity and
-- administration"): per value of `team_claim` a team of the gemeente (a JSON object value → team id); the
-- team's organisation follows. Without a match the organisation and team of the settings apply.
ALTER TABLE inlogdienst ADD COLUMN team_claim TEXT;
ALTER TABLE inlogdienst ADD COLUMN teams TEXT NOT NULL DEFAULT '{}';
