-- PATCH …/ondersteuningsplan/acties/{id}: move plan actions between open and bezig. The actions are taken
-- in turn from a pool much larger than the number of connections, so a request for an action is only
-- sent after the previous one for it was answered; its statusVersie is then one higher.
dofile((debug.getinfo(1, "S").source:match("^@(.*)/[^/]*$") or ".") .. "/gemeenschappelijk.lua")

local pool = {}
for _, s in ipairs(sessies) do
  for _, a in ipairs(s.acties) do
    table.insert(pool, {s = s, h = a.h, a = a.a, v = a.v, status = a.s})
  end
end
local volgende = 0

-- With several wrk threads each takes its own share of the pool.
local draden = 0
setup = function(thread)
  thread:set("id", draden)
  draden = draden + 1
end
init = function(args)
  local n = tonumber(os.getenv("WRK_THREADS") or "1")
  local eigen = {}
  for i, a in ipairs(pool) do
    if (i - 1) % n == (id or 0) then table.insert(eigen, a) end
  end
  pool = eigen
end

-- wrk calls request() once per thread before the run without sending what it returns; that first call
-- must not advance an action's statusVersie, or every later update of that action gets 409.
local eerste = true

request = function()
  if eerste then
    eerste = false
    return wrk.format("GET", "/healthz")
  end
  volgende = volgende % #pool + 1
  local a = pool[volgende]
  local naar = (a.status == "bezig") and "open" or "bezig"
  local body = '{"status":"' .. naar .. '","statusVersie":' .. a.v .. '}'
  a.status = naar
  a.v = a.v + 1
  local headers = kop(a.s)
  headers["X-CSRF-Token"] = a.s.csrf
  headers["Content-Type"] = "application/json"
  return wrk.format("PATCH", "/api/v1/huishoudens/" .. a.h .. "/ondersteuningsplan/acties/" .. a.a, headers, body)
end
