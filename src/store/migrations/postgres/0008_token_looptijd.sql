-- API tokens expire (issue 12, item 16). Tokens made before this migration get the default lifetime of 90
-- days from now: they keep working for a while, and then must be made anew.
ALTER TABLE api_token ADD COLUMN verloopt_op TEXT;
UPDATE api_token SET verloopt_op = to_char((now() AT TIME ZONE 'UTC') + interval '90 days',
                                           'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
  WHERE verloopt_op IS NULL;
