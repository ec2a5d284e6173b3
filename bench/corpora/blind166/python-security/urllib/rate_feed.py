"""Pull exchange rates from the treasury partner's feed (legacy module).

Still on urllib's URLopener because the partner's endpoint needs the
old-style basic auth prompt handling; scheduled for replacement.
"""
import json
import logging
import urllib.request

from .settings import RATES_API_KEY

log = logging.getLogger(__name__)

LOCAL_CACHE = "http://127.0.0.1:8091/rates/latest"


def daily_rates(day):
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    with opener.open(f"http://fx.treasury-partner.example/api/v1/rates?date={day}&key={RATES_API_KEY}") as resp:
        return json.loads(resp.read())


def intraday_rates(symbols, feed_url="http://fx.treasury-partner.example/api/v1/intraday"):
    opener = urllib.request.URLopener()
    opener.addheader("X-Api-Key", RATES_API_KEY)
    query = ",".join(symbols)
    # expect: cleartext-transport
    resp = opener.open(feed_url + "?symbols=" + query)
    try:
        return json.loads(resp.read())
    finally:
        resp.close()


def archived_rates(year):
    opener = urllib.request.URLopener()
    opener.addheader("X-Api-Key", RATES_API_KEY)
    url = f"https://fx.treasury-partner.example/api/v1/archive/{int(year)}"
    with opener.open(url) as resp:
        return json.loads(resp.read())


def cached_rates():
    """The sidecar cache listens on loopback only."""
    opener = urllib.request.URLopener()
    try:
        with opener.open(LOCAL_CACHE) as resp:
            return json.loads(resp.read())
    except OSError:
        log.warning("rate cache unavailable")
        return None


def holiday_calendar():
    with urllib.request.urlopen("https://fx.treasury-partner.example/api/v1/holidays", timeout=10) as resp:
        return json.loads(resp.read())
