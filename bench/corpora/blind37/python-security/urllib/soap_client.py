"""SOAP client for the warehouse's old stock service."""
import urllib.request
from urllib.request import OpenerDirector, build_opener

STOCK_ENDPOINT = "https://stock.example.com/soap"


def _opener():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    opener.add_handler(urllib.request.HTTPSHandler())
    return opener


def stock_level(envelope):
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    # expect: insecure-transport
    with opener.open("http://stock.example.com/soap", data=envelope, timeout=20) as resp:
        return resp.read()


def reserve(envelope):
    director = OpenerDirector()
    director.add_handler(urllib.request.HTTPHandler())
    endpoint = "http://stock.example.com/soap/reserve"
    # expect: insecure-transport
    return director.open(endpoint, envelope).read()


def release(envelope, url="http://stock.example.com/soap/release"):
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    # expect: insecure-transport
    return opener.open(url, envelope).read()


def ping():
    # expect: insecure-transport
    return urllib.request.build_opener(urllib.request.HTTPHandler).open("http://stock.example.com/ping").status


def catalogue():
    fetcher = build_opener(urllib.request.HTTPCookieProcessor())
    # expect: insecure-transport
    return fetcher.open("http://stock.example.com/catalogue.xml").read()


def stock_level_tls(envelope):
    opener = _opener()
    with opener.open(STOCK_ENDPOINT, data=envelope, timeout=20) as resp:
        return resp.read()


def reserve_tls(envelope):
    req = urllib.request.Request(STOCK_ENDPOINT + "/reserve", data=envelope,
                                 headers={"Content-Type": "text/xml"})
    return build_opener().open(req).read()
