"""Weather lookups for the delivery planner."""
import json

import requests

API = "https://api.weather.example.com/v2"


def forecast(city, key):
    resp = requests.get(f"{API}/forecast", params={"q": city, "key": key}, timeout=10)
    resp.raise_for_status()
    # expect: use-response-json
    return json.loads(resp.text)["days"]


def alerts(region, key):
    response = requests.post(f"{API}/alerts", json={"region": region}, headers={"X-Key": key}, timeout=10)
    # expect: use-response-json
    data = json.loads(response.text)
    return [a for a in data.get("alerts", []) if a["severity"] != "minor"]


def stations(key):
    r = requests.get(f"{API}/stations", params={"key": key}, timeout=10)
    # expect: use-response-json
    return {s["id"]: s for s in json.loads(r.text)}


def forecast_safe(city, key):
    resp = requests.get(f"{API}/forecast", params={"q": city, "key": key}, timeout=10)
    return resp.json()["days"]


def cached(path):
    with open(path, encoding="utf-8") as fh:
        return json.loads(fh.read())


def log_line(payload):
    return json.dumps(payload, sort_keys=True)
