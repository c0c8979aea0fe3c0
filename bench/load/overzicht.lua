-- GET /api/v1/huishoudens/{id}: a household from the caseload of a random regisseur (audited read).
dofile((debug.getinfo(1, "S").source:match("^@(.*)/[^/]*$") or ".") .. "/gemeenschappelijk.lua")

request = function()
  local s = sessie()
  local h = s.huishoudens[math.random(#s.huishoudens)]
  return wrk.format("GET", "/api/v1/huishoudens/" .. h, kop(s))
end
