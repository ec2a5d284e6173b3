# library: requests (plain-http URLs)
"""Fetchers for the pricing feed and the user sync."""
import requests

FEED_URL = "https://feeds.example.com/prices.json"
LOCAL_AGENT = "http://127.0.0.1:8500/v1/kv/pricing"


def fetch_prices():
    return requests.get(FEED_URL, timeout=10).json()


def fetch_prices_legacy():
    # expect: insecure-transport
    return requests.get("http://feeds.example.com/prices.json", timeout=10).json()


def sync_users(users, token):
    # expect: insecure-transport
    requests.post("http://crm.example.com/api/users/sync", json=users, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def sync_users_tls(users, token):
    requests.post("https://crm.example.com/api/users/sync", json=users, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def agent_config():
    return requests.get(LOCAL_AGENT, timeout=2).json()


def session_upload(blob):
    with requests.Session() as s:
        # expect: insecure-transport
        s.put("http://uploads.example.com/blobs/latest", data=blob, timeout=30)
