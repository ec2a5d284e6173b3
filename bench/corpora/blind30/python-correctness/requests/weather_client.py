"""Client for the forecast provider's REST API."""
import json
from json import loads

import requests

API = "https://api.forecast.example.com/v2"


def current(city: str) -> dict:
    resp = requests.get(f"{API}/current", params={"city": city}, timeout=10)
    resp.raise_for_status()
    # expect: use-response-json
    return json.loads(resp.text)


def forecast(city: str, days: int = 3) -> dict:
    resp = requests.get(f"{API}/forecast", params={"city": city, "days": days}, timeout=10)
    resp.raise_for_status()
    return resp.json()


def alerts(region: str) -> list:
    r = requests.post(f"{API}/alerts", json={"region": region}, timeout=10)
    # expect: use-response-json
    payload = loads(r.content)
    return payload["alerts"]


class ForecastClient:
    def __init__(self, token: str):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def stations(self) -> list:
        response = self.session.get(f"{API}/stations", timeout=10)
        # expect: use-response-json
        return json.loads(response.text)["stations"]

    def quota(self) -> dict:
        response = self.session.get(f"{API}/quota", timeout=10)
        return json.loads(response.headers["X-Quota-Info"])

    def history(self, station: str) -> list:
        raw = requests.get(f"{API}/history/{station}", timeout=30).text
        # expect: use-response-json
        return json.loads(raw)


def load_cached(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.loads(fh.read())
