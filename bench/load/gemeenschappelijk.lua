-- Shared by the wrk scripts of the authenticated run: the sessions from voorbereiden.py, each request as a
-- randomly chosen regisseur. (bench/load/run reports wrk's count of non-2xx answers.)
dofile(os.getenv("REGIE_BENCH_SESSIES"))

math.randomseed(os.time())

function sessie()
  return sessies[math.random(#sessies)]
end

function kop(s)
  return {["Cookie"] = s.cookie}
end

