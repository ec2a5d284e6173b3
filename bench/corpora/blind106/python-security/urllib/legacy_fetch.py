"""Fetches station data from the weather service's old endpoints."""
import urllib.request
from urllib.request import URLopener

STATIONS_URL = "http://data.weather-service.example/stations.txt"
SECURE_URL = "https://data.weather-service.example/stations.txt"


def fetch_stations():
    # expect: insecure-transport
    return urllib.request.URLopener().open("http://data.weather-service.example/stations.txt").read()


def fetch_observations(station):
    opener = urllib.request.URLopener()
    opener.addheader("User-Agent", "station-sync/2.1")
    # expect: insecure-transport
    with opener.open("http://data.weather-service.example/obs/latest.csv") as resp:
        return resp.read()


def fetch_index():
    url = "http://data.weather-service.example/index.json"
    opener = urllib.request.URLopener()
    # expect: insecure-transport
    return opener.open(url).read()


def fetch_radar(url="http://radar.weather-service.example/latest.png"):
    # expect: insecure-transport
    return urllib.request.URLopener().open(url).read()


def fetch_stations_secure():
    return URLopener().open(SECURE_URL).read()


def fetch_modern():
    with urllib.request.urlopen(SECURE_URL, timeout=10) as resp:
        return resp.read()


def station_link(station):
    return f"http://data.weather-service.example/stations/{station}"
