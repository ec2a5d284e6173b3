# library: requests (timeout=)
"""Webhook delivery and geo lookups."""
import requests

GEO_URL = "https://geo.example.com/v1/lookup"


def deliver(hook_url, payload):
    # expect: no-timeout
    resp = requests.post(hook_url, json=payload)
    return resp.status_code


def deliver_with_timeout(hook_url, payload):
    resp = requests.post(hook_url, json=payload, timeout=(3.05, 10))
    return resp.status_code


def lookup(ip):
    # expect: no-timeout
    return requests.get(GEO_URL, params={"ip": ip}).json()


def lookup_many(ips):
    with requests.Session() as s:
        return [s.get(GEO_URL, params={"ip": ip}, timeout=5).json() for ip in ips]


def download(url, dest):
    # expect: no-timeout
    with requests.get(url, stream=True) as r, open(dest, "wb") as fh:
        for chunk in r.iter_content(65536):
            fh.write(chunk)


def download_safe(url, dest):
    with requests.get(url, stream=True, timeout=30) as r, open(dest, "wb") as fh:
        for chunk in r.iter_content(65536):
            fh.write(chunk)
