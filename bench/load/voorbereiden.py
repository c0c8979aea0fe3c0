#!/usr/bin/env python3
"""Prepares the authenticated load run: logs in as a number of bench regisseurs (regie bench-data),
collects the households on their caseloads and the plan actions they may update, and writes them as a
Lua table for the wrk scripts.  Usage: voorbereiden.py URL AANTAL_REGISSEURS UIT.lua"""
import http.client
import json
import sys
import urllib.parse

WACHTWOORD = "regie-bench-2026"


class Klant:
    def __init__(self, url):
        u = urllib.parse.urlparse(url)
        self.host, self.port = u.hostname, u.port
        self.cookie = ""
        self.csrf = ""

    def verzoek(self, methode, pad, body=None):
        c = http.client.HTTPConnection(self.host, self.port, timeout=30)
        headers = {"Content-Type": "application/json"}
        if self.cookie:
            headers["Cookie"] = self.cookie
        c.request(methode, pad, json.dumps(body) if body is not None else None, headers)
        r = c.getresponse()
        data = r.read()
        if methode == "POST" and pad == "/api/v1/sessies" and r.status == 201:
            self.cookie = r.getheader("Set-Cookie").split(";")[0]
            self.csrf = json.loads(data)["csrfToken"]
        return r.status, (json.loads(data) if data else None)


def lua_tekst(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    url, aantal, uit = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    sessies = []
    gezien = set()  # an action is taken once: the casus- and procesregisseur of a household see the same
    for i in range(1, aantal + 1):
        k = Klant(url)
        status, _ = k.verzoek("POST", "/api/v1/sessies", {"gebruikersnaam": f"regisseur-{i}", "wachtwoord": WACHTWOORD})
        if status != 201:
            sys.exit(f"inloggen als regisseur-{i} mislukte ({status}): draaide regie bench-data?")
        status, caseload = k.verzoek("GET", "/api/v1/mij/huishoudens?paginaGrootte=100")
        huishoudens = [h["id"] for h in caseload["items"]]
        acties = []
        for h in caseload["items"]:
            if h["mijnRol"] not in ("casusregisseur", "procesregisseur"):
                continue
            status, plan = k.verzoek("GET", f"/api/v1/huishoudens/{h['id']}/ondersteuningsplan")
            if status != 200:
                continue
            for doel in plan["doelen"]:
                for a in doel["acties"]:
                    if a["id"] not in gezien:
                        gezien.add(a["id"])
                        acties.append((h["id"], a["id"], a["statusVersie"], a["status"]))
        if huishoudens:
            sessies.append((k, huishoudens, acties))
    if not sessies:
        sys.exit("geen regisseur met een caseload gevonden")
    with open(uit, "w") as f:
        f.write("sessies = {\n")
        for k, huishoudens, acties in sessies:
            f.write("  {cookie = %s, csrf = %s,\n" % (lua_tekst(k.cookie), lua_tekst(k.csrf)))
            f.write("   huishoudens = {%s},\n" % ", ".join(lua_tekst(h) for h in huishoudens))
            f.write("   acties = {%s}},\n" % ", ".join(
                "{h = %s, a = %s, v = %d, s = %s}" % (lua_tekst(h), lua_tekst(a), v, lua_tekst(s)) for h, a, v, s in acties))
        f.write("}\n")
    # The same as JSON, for bench/load/onderbreking.py.
    with open(uit.rsplit(".", 1)[0] + ".json", "w") as f:
        json.dump([{"cookie": k.cookie, "csrf": k.csrf, "huishoudens": h,
                    "acties": [{"h": a[0], "a": a[1], "v": a[2], "s": a[3]} for a in acties]}
                   for k, h, acties in sessies], f)
    print(f"{len(sessies)} sessies, {sum(len(s[1]) for s in sessies)} huishoudens op de caseloads, "
          f"{sum(len(s[2]) for s in sessies)} acties")


if __name__ == "__main__":
    main()
