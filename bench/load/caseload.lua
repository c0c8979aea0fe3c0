-- GET /api/v1/mij/huishoudens: the first page of a random regisseur's caseload.
dofile((debug.getinfo(1, "S").source:match("^@(.*)/[^/]*$") or ".") .. "/gemeenschappelijk.lua")

request = function()
  return wrk.format("GET", "/api/v1/mij/huishoudens?paginaGrootte=20", kop(sessie()))
end
