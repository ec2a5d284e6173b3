"""Sync job that pulls exchange rates and pushes them to the ledger."""
import requests
import requests as rq
from requests import get, post

RATES_URL = "https://rates.example.com/v1/latest"
LEDGER_URL = "https://ledger.internal.example/api"
DEFAULT_TIMEOUT = 10


def latest_rates(base="EUR"):
    # expect: no-timeout
    resp = requests.get(RATES_URL, params={"base": base})
    resp.raise_for_status()
    return resp.json()["rates"]


def latest_rates_v2(base="EUR"):
    # expect: no-timeout
    return get(RATES_URL, params={"base": base}).json()


def push_rates(rates):
    # expect: no-timeout
    resp = post(
        f"{LEDGER_URL}/rates",
        json=rates,
        headers={"X-Job": "fx-sync"},
    )
    return resp.status_code


def delete_stale(day):
    # expect: no-timeout
    return rq.request("DELETE", f"{LEDGER_URL}/rates/{day}").ok


def latest_rates_safe(base="EUR"):
    # safe: timeout set
    return requests.get(RATES_URL, params={"base": base}, timeout=DEFAULT_TIMEOUT).json()


def push_rates_safe(rates):
    # safe: connect/read timeout tuple
    return requests.post(f"{LEDGER_URL}/rates", json=rates, timeout=(3, 30)).status_code


def head_check():
    kwargs = {"timeout": 5, "allow_redirects": True}
    # safe: timeout passed through kwargs
    return requests.head(LEDGER_URL, **kwargs).ok
