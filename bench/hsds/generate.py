#!/usr/bin/env python3
"""Writes N synthetic HSDS 3.0 compiled services as NDJSON (French text, English extensions).

Usage: generate.py N OUT.ndjson   — deterministic (seeded), one organization per 10 services.
"""
import json
import random
import sys
import uuid

TOWNS = ["Québec", "Montréal", "Rimouski", "Gaspé", "Sherbrooke", "Saguenay", "Trois-Rivières",
         "Sainte-Anne-des-Monts", "Mont-Saint-Pierre", "Gatineau"]
NEEDS = [("Dépannage alimentaire", "Emergency food"), ("Aide au logement", "Housing help"),
         ("Écoute téléphonique", "Listening line"), ("Aide à l'emploi", "Employment help"),
         ("Soutien aux proches aidants", "Caregiver support")]


def uid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def service(rng, i, org):
    fr, en = NEEDS[i % len(NEEDS)]
    town = TOWNS[i % len(TOWNS)]
    sid = uid(rng)
    location = {
        "id": uid(rng), "location_type": "physical", "name": f"Point de service {i}",
        "name_en": f"Service point {i}",
        "latitude": round(45 + rng.random() * 4, 5), "longitude": round(-79 + rng.random() * 15, 5),
        "addresses": [{"id": uid(rng), "address_1": f"{i % 900 + 1} rue Principale", "city": town,
                       "state_province": "QC", "postal_code": "G1R 1A1", "country": "CA",
                       "address_type": "physical"}],
        "phones": [{"id": uid(rng), "number": f"418 555-{i % 10000:04d}", "type": "voice"}],
        "schedules": [{"id": uid(rng), "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR",
                       "opens_at": "09:00:00", "closes_at": "16:30:00"}],
    }
    return {
        "id": sid, "name": f"{fr} {town} {i}", "name_en": f"{en} {town} {i}",
        "description": f"{fr} offert à {town}.", "description_en": f"{en} offered in {town}.",
        "status": "active", "email": f"info{i}@exemple.org",
        "organization": org,
        "phones": [{"id": uid(rng), "number": f"1 800 555-{i % 10000:04d}", "type": "voice"}],
        "service_areas": [{"id": uid(rng), "name": town}],
        "languages": [{"id": uid(rng), "name": "Français", "code": "fr"}],
        "service_at_locations": [{"id": uid(rng), "location": location}],
    }


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(211)
    with open(out, "w", encoding="utf-8") as f:
        org = None
        for i in range(count):
            if i % 10 == 0:
                org = {"id": uid(rng), "name": f"Organisme communautaire {i // 10}",
                       "name_en": f"Community organization {i // 10}",
                       "description": "Organisme à but non lucratif",
                       "description_en": "Non-profit organization"}
            f.write(json.dumps(service(rng, i, org), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
