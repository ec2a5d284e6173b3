"""Downloads the national weather service's bulletin files."""
import logging
import os
from urllib.request import urlopen

import urllib.request

log = logging.getLogger(__name__)

CACHE = os.environ.get("WEATHER_CACHE", "/var/cache/weather")
STATION = os.environ.get("WEATHER_STATION", "EGLL")


def bulletin(day):
    # expect: cleartext-transport
    with urlopen(f"ftp://ftp.weather.example/bulletins/{day:%Y/%m/%d}/{STATION}.txt", timeout=30) as resp:
        return resp.read().decode("ascii", "replace")


def warnings_feed():
    # expect: cleartext-transport
    return urllib.request.urlopen("ftp://ftp.weather.example/warnings/current.xml", timeout=30).read()


def radar_index():
    # expect: cleartext-transport
    resp = urllib.request.urlopen("ftp://anonymous:guest@radar.weather.example/index.txt")
    try:
        return resp.read().decode()
    finally:
        resp.close()


def forecast_json():
    with urlopen("https://api.weather.example/v1/forecast?station=" + STATION, timeout=30) as resp:
        return resp.read()


def store(name, data):
    os.makedirs(CACHE, exist_ok=True)
    path = os.path.join(CACHE, name)
    with open(path, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode())
    log.info("stored %s (%d bytes)", path, len(data))
    return path
