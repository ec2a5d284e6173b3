"""Pull rate sheets and push stock levels to legacy partner endpoints."""
import requests
from requests import Request, Session

RATES_URL = "http://rates.partner-one.example.com/v1/sheet.csv"


def fetch_rates():
    # expect: insecure-transport
    return requests.get(RATES_URL, timeout=10).text


def push_stock(payload, api_key):
    # expect: insecure-transport
    resp = requests.post("http://stock.partner-two.example.com/api/levels", json=payload,
                         headers={"X-Api-Key": api_key}, timeout=10)
    resp.raise_for_status()


def fetch_manifest(url="http://cdn.partner-three.example.com/manifest.json"):
    # expect: insecure-transport
    return requests.get(url, timeout=10).json()


def delete_listing(listing_id, token):
    # expect: insecure-transport
    return requests.request("DELETE", "http://listings.partner-two.example.com/items/%d" % listing_id,
                            headers={"Authorization": "Bearer " + token}, timeout=10)


def prepared_login(user, password):
    login_url = "http://auth.partner-four.example.com/login"
    # expect: insecure-transport
    req = Request("POST", login_url, data={"user": user, "password": password})
    with Session() as s:
        return s.send(s.prepare_request(req), timeout=10)


def fetch_rates_tls():
    return requests.get("https://rates.partner-one.example.com/v1/sheet.csv", timeout=10).text


def local_sidecar_health():
    return requests.get("http://127.0.0.1:15000/ready", timeout=1).ok
