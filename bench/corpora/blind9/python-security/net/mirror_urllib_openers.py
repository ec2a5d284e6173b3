# library: urllib.request (urlretrieve, OpenerDirector, ProxyHandler)
"""Mirrors vendor datasets into the local cache."""
import os
import urllib.request

CACHE = "/var/cache/vendor"


def mirror_geoip():
    dest = os.path.join(CACHE, "geoip.mmdb.gz")
    # expect: insecure-transport
    urllib.request.urlretrieve("http://updates.geo-vendor.example/GeoLite2-City.mmdb.gz", dest)
    return dest


def mirror_geoip_tls():
    dest = os.path.join(CACHE, "geoip.mmdb.gz")
    urllib.request.urlretrieve("https://updates.geo-vendor.example/GeoLite2-City.mmdb.gz", dest)
    return dest


def via_proxy(proxy):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"https": proxy}))
    return opener.open("https://data.vendor.example/holidays.json", timeout=20).read()


def mirror_holidays():
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    # expect: insecure-transport
    return opener.open("http://data.vendor.example/holidays.json", timeout=20).read()


def mirror_ftp_list():
    # expect: insecure-transport
    req = urllib.request.Request("ftp://ftp.vendor.example/datasets/INDEX")
    return urllib.request.urlopen(req, timeout=20).read().decode()


def local_sidecar():
    return urllib.request.urlopen("http://127.0.0.1:8500/v1/health/state/any", timeout=2).read()
