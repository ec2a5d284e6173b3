"""Pulls observations from the regional weather service."""
import json
import urllib.request
from urllib.request import Request
from urllib.request import urlopen as fetch

FEED_URL = "http://data.weather.example.gov/feeds/latest.json"
ARCHIVE_BASE = "http://archive.weather.example.gov"


def latest():
    # expect: insecure-transport
    with urllib.request.urlopen("http://data.weather.example.gov/feeds/current.json", timeout=10) as resp:
        return json.load(resp)


def latest_feed():
    # expect: insecure-transport
    with fetch(FEED_URL, timeout=10) as resp:
        return json.load(resp)


def station(code, base="http://stations.weather.example.gov/v1"):
    # expect: insecure-transport
    with urllib.request.urlopen(f"{base}/{code}.json", timeout=10) as resp:
        return json.load(resp)


def archive_day(day):
    req = Request(ARCHIVE_BASE + "/days/" + day + ".json", headers={"Accept": "application/json"})
    # expect: insecure-transport
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)


def latest_secure():
    with urllib.request.urlopen("https://data.weather.example.gov/feeds/current.json", timeout=10) as resp:
        return json.load(resp)


def check_url(url):
    if url.lower().startswith("http://"):
        raise ValueError("plain http is not allowed: " + url)
    with fetch(url, timeout=10) as resp:
        return resp.status
