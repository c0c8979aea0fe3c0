-- Whom a shielded part of the safety plan shields from (DOMAIN.md §5, §12; issue "the household as users"):
-- a member named here gets no portal access without the regisseur's written decision.
CREATE TABLE vp_afgeschermd_tegen (
  plan_id TEXT NOT NULL,
  deel_id TEXT NOT NULL,
  gezinslid_id TEXT NOT NULL REFERENCES gezinslid (id),
  PRIMARY KEY (plan_id, deel_id, gezinslid_id),
  FOREIGN KEY (plan_id, deel_id) REFERENCES vp_afgeschermd (plan_id, deel_id)
);
CREATE INDEX vp_afgeschermd_tegen_lid ON vp_afgeschermd_tegen (gezinslid_id);
