-- The soak's mix of a working day: household overviews (60%), caseload pages (20%) and plan action updates
-- (20%), each as a random regisseur. With REGIE_BENCH_PAUZE_MS set, every connection waits a random time
-- (exponential, that mean) before each request, so the load is a chosen rate instead of all the server takes.
local map = (debug.getinfo(1, "S").source:match("^@(.*)/[^/]*$") or ".")
dofile(map .. "/actie.lua")
local actie = request
dofile(map .. "/overzicht.lua")
local overzicht = request
dofile(map .. "/caseload.lua")
local caseload = request

request = function()
  local r = math.random()
  if r < 0.6 then return overzicht() end
  if r < 0.8 then return caseload() end
  return actie()
end

local pauze = tonumber(os.getenv("REGIE_BENCH_PAUZE_MS") or "0")
if pauze > 0 then
  delay = function()
    return math.floor(-pauze * math.log(1 - math.random()))
  end
end
