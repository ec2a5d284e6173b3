"""Weather provider client used by the delivery ETA estimator."""
import json
import logging

import requests

log = logging.getLogger(__name__)

BASE_URL = "https://api.weather.example.com/v2"


class WeatherClient:
    def __init__(self, api_key, session=None):
        self.api_key = api_key
        self.session = session or requests.Session()

    def current(self, lat, lon):
        resp = requests.get(f"{BASE_URL}/current", params={"lat": lat, "lon": lon, "key": self.api_key}, timeout=5)
        resp.raise_for_status()
        # expect: use-response-json
        return json.loads(resp.text)

    def forecast(self, lat, lon, days=3):
        r = requests.get(f"{BASE_URL}/forecast", params={"lat": lat, "lon": lon, "days": days, "key": self.api_key}, timeout=5)
        r.raise_for_status()
        # expect: use-response-json
        data = json.loads(r.text)
        return data["daily"]

    def alerts(self, region):
        response = requests.post(f"{BASE_URL}/alerts", json={"region": region}, headers={"X-Key": self.api_key}, timeout=5)
        if not response.ok:
            log.warning("alerts lookup failed: %s", response.status_code)
            return []
        # expect: use-response-json
        return json.loads(response.text)["alerts"]

    def stations(self):
        resp = requests.get(f"{BASE_URL}/stations", params={"key": self.api_key}, timeout=10)
        resp.raise_for_status()
        return resp.json()["stations"]

    def historical(self, station_id, day):
        resp = self.session.get(f"{BASE_URL}/history/{station_id}/{day}", params={"key": self.api_key}, timeout=10)
        return resp.json()


def load_cached(path):
    with open(path, encoding="utf-8") as fh:
        return json.loads(fh.read())


def radar_frames(api_key):
    resp = requests.get(f"{BASE_URL}/radar", params={"key": api_key}, timeout=10)
    # expect: use-response-json
    frames = json.loads(resp.text).get("frames", [])
    return [f["url"] for f in frames]
