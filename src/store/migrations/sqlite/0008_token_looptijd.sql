-- API tokens expire (issue 12, item 16). Tokens made before this migration get the default lifetime of 90
-- days from now: they keep working for a while, and then must be made anew.
ALTER TABLE api_token ADD COLUMN verloopt_op TEXT;
UPDATE api_token SET verloopt_op = strftime('%Y-%m-%dT%H:%M:%S.000000Z', 'now', '+90 days')
  WHERE verloopt_op IS NULL;
