#!/usr/bin/env python3
"""A server process killed during a run of writes (bench/load/run-cluster): writers update plan actions
through nginx for SECONDEN; halfway the command OPDRACHT (e.g. "kill -9 PID") is run. Then every action is read
back: each write the server acknowledged (204) must be there. Reports acknowledged and failed writes before
and after the kill, and exits non-zero when an acknowledged write was lost.
Usage: onderbreking.py URL SESSIES.json SECONDEN OPDRACHT"""
import http.client
import json
import subprocess
import sys
import threading
import time
import urllib.parse

SCHRIJVERS = 8


def verzoek(url, methode, pad, sessie, body=None):
    u = urllib.parse.urlparse(url)
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    kop = {"Cookie": sessie["cookie"], "X-CSRF-Token": sessie["csrf"], "Content-Type": "application/json"}
    try:
        c.request(methode, pad, json.dumps(body) if body is not None else None, kop)
        r = c.getresponse()
        data = r.read()
        return r.status, (json.loads(data) if data and r.status == 200 else None)
    except (OSError, http.client.HTTPException):
        return 0, None
    finally:
        c.close()


def main():
    url, bestand, seconden, opdracht = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    sessies = json.load(open(bestand))
    acties = [(s, a) for s in sessies for a in s["acties"]]
    bevestigd = {}  # action → (statusVersie after the write, status)
    telling = {"voor": [0, 0], "na": [0, 0]}  # acknowledged, failed
    gedood = threading.Event()
    stop = time.monotonic() + seconden
    slot = threading.Lock()

    def schrijver(deel):
        while time.monotonic() < stop:
            for s, a in deel:
                if time.monotonic() >= stop:
                    return
                naar = "open" if a["s"] == "bezig" else "bezig"
                status, _ = verzoek(url, "PATCH", f"/api/v1/huishoudens/{a['h']}/ondersteuningsplan/acties/{a['a']}",
                                    s, {"status": naar, "statusVersie": a["v"]})
                fase = "na" if gedood.is_set() else "voor"
                with slot:
                    if status == 204:
                        a["v"], a["s"] = a["v"] + 1, naar
                        bevestigd[a["a"]] = (a["h"], s, a["v"], naar)
                        telling[fase][0] += 1
                    else:
                        telling[fase][1] += 1
                if status != 204:
                    # Unknown whether it was applied: read the action back before writing it again.
                    st, plan = verzoek(url, "GET", f"/api/v1/huishoudens/{a['h']}/ondersteuningsplan", s)
                    if st == 200:
                        for d in plan["doelen"]:
                            for x in d["acties"]:
                                if x["id"] == a["a"]:
                                    a["v"], a["s"] = x["statusVersie"], x["status"]

    draden = [threading.Thread(target=schrijver, args=(acties[i::SCHRIJVERS],)) for i in range(SCHRIJVERS)]
    for d in draden:
        d.start()
    time.sleep(seconden / 2)
    subprocess.run(opdracht, shell=True, check=True)
    gedood.set()
    for d in draden:
        d.join()

    verloren = 0
    for actie_id, (h, s, versie, status) in bevestigd.items():
        st, plan = verzoek(url, "GET", f"/api/v1/huishoudens/{h}/ondersteuningsplan", s)
        huidig = [x for d in (plan or {}).get("doelen", []) for x in d["acties"] if x["id"] == actie_id]
        if st != 200 or not huidig or huidig[0]["statusVersie"] < versie or (
                huidig[0]["statusVersie"] == versie and huidig[0]["status"] != status):
            verloren += 1
    print(f"Voor het stoppen: {telling['voor'][0]} bevestigd, {telling['voor'][1]} mislukt; "
          f"erna: {telling['na'][0]} bevestigd, {telling['na'][1]} mislukt; "
          f"{len(bevestigd)} acties nagekeken, {verloren} bevestigde schrijfacties verloren")
    sys.exit(1 if verloren or telling["na"][0] == 0 else 0)


if __name__ == "__main__":
    main()
