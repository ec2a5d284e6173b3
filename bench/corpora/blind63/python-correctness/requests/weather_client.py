"""Fetches forecasts from the public weather API and a couple of partner feeds."""
import json
import json as _json

import requests

API = "https://api.weather.example.com/v2"
TIMEOUT = (3.05, 10)


def current_conditions(city):
    resp = requests.get(f"{API}/current", params={"q": city}, timeout=TIMEOUT)
    resp.raise_for_status()
    # expect: json-shortcut
    data = json.loads(resp.text)
    return data["temperature"], data["summary"]


def forecast(city, days=5):
    r = requests.get(API + "/forecast", params={"q": city, "days": days}, timeout=TIMEOUT)
    if r.status_code != 200:
        return []
    # expect: json-shortcut
    return [day["high"] for day in json.loads(r.text)["days"]]


def alerts(region):
    response = requests.post(
        f"{API}/alerts/search",
        json={"region": region},
        timeout=TIMEOUT,
    )
    # expect: json-shortcut
    payload = _json.loads(response.content)
    return payload.get("alerts", [])


class PartnerFeed:
    def __init__(self, token):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {token}"

    def stations(self):
        resp = self.session.get(f"{API}/partners/stations", timeout=TIMEOUT)
        # expect: json-shortcut
        return json.loads(resp.text)["stations"]

    def station(self, station_id):
        resp = self.session.get(f"{API}/partners/stations/{station_id}", timeout=TIMEOUT)
        return resp.json()

    def meta(self):
        resp = self.session.head(f"{API}/partners", timeout=TIMEOUT)
        return json.loads(resp.headers.get("X-Feed-Meta", "{}"))


def load_cached(path):
    with open(path, encoding="utf-8") as fh:
        return json.loads(fh.read())
