#!/usr/bin/env python3
"""Writes a copy of the API description with one violation of each rule in api-regels.yaml, so that the lint
can be seen to fail: scripts/lint-api requires every rule's code in Spectral's findings on this copy.
Usage: overtredingen.py openapi.json > kapot.json   (prints the expected rule codes on stderr)"""
import json
import sys

doc = json.load(open(sys.argv[1]))
verwacht = []

def overtreding(regel, wijziging):
    wijziging()
    verwacht.append(regel)

overtreding("regie-openapi-versie-3", lambda: doc.update(openapi="2.0"))
overtreding("regie-versie-semver", lambda: doc["info"].update(version="1"))
overtreding("regie-contact", lambda: doc["info"]["contact"].pop("email"))
overtreding("regie-hoofdversie-in-uri", lambda: doc["servers"][0].update(url="/api"))
pad, item = next(iter(doc["paths"].items()))
overtreding("regie-geen-slash-aan-het-eind", lambda: doc["paths"].update({"/huishoudens/": item}))
overtreding("regie-paden-kebab-case", lambda: doc["paths"].update({"/mijnHuishoudens": item}))

def eerste(methode):
    for p, it in doc["paths"].items():
        if methode in it and p.startswith("/huishoudens"):
            return it[methode]
    raise SystemExit("geen operatie " + methode)

post = eerste("post")
overtreding("regie-400-bij-invoer", lambda: post["responses"].pop("400"))
ok = next(r for s, r in post["responses"].items() if s.startswith("2"))
overtreding("regie-versie-header", lambda: ok.pop("headers", None))
get = eerste("get")
overtreding("regie-query-camel-case",
            lambda: get.setdefault("parameters", []).append(
                {"name": "pagina_grootte", "in": "query", "schema": {"type": "integer"}}))
overtreding("regie-fout-is-problem-json",
            lambda: doc["components"]["responses"]["Fout404"].update(
                content={"application/json": {"schema": {"type": "object"}}}))
schema = next(s for s in doc["components"]["schemas"].values() if s.get("type") == "object" and "properties" in s)
overtreding("regie-datum-met-format", lambda: schema["properties"].update(startdatum={"type": "string"}))
overtreding("regie-tijdzone", lambda: schema["properties"].update(beginTijd={"type": "string", "format": "time"}))

json.dump(doc, sys.stdout, ensure_ascii=False)
print(" ".join(verwacht), file=sys.stderr)
