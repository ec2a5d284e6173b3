# library: urllib.request (plain http / ftp URLs)
"""Fetch exchange-rate and mirror files."""
import urllib.request

RATES_URL = "https://rates.example.com/daily.csv"


def daily_rates():
    with urllib.request.urlopen(RATES_URL, timeout=10) as resp:
        return resp.read().decode()


def daily_rates_legacy():
    # expect: insecure-transport
    with urllib.request.urlopen("http://rates.example.com/daily.csv", timeout=10) as resp:
        return resp.read().decode()


def mirror_file(name, dest):
    # expect: insecure-transport
    urllib.request.urlretrieve("ftp://mirror.example.org/pub/" + name, dest)


def mirror_file_https(name, dest):
    urllib.request.urlretrieve("https://mirror.example.org/pub/" + name, dest)


def post_event(body):
    # expect: insecure-transport
    return urllib.request.urlopen(urllib.request.Request("http://events.example.com/collect", data=body, method="POST"), timeout=5).status


def local_sidecar():
    return urllib.request.urlopen("http://localhost:15000/ready", timeout=2).status
