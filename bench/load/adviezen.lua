-- wrk script: POST a level-3 assessment with two signals to /api/v1/adviezen, with an API token.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("REGIE_BENCH_TOKEN")
wrk.body = [[{"draagkracht":"deels_uit_balans","zelfredzaamheid":"beperkt","basiszorgToereikend":false,
"veiligheid":"signalen","ketenoverstijgendNodig":false,"escalatie":"geen","huidigNiveau":2,
"signalen":[{"type":"stalking","acuut":true},{"type":"complexe_scheiding","glaslFase":4}]}]]

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  if non2xx > 0 then io.stderr:write("niet-200 antwoorden: " .. non2xx .. "\n") end
end
