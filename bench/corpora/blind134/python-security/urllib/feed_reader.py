"""Reads partner RSS feeds into the news sidebar."""
import urllib.request

LEGACY_FEED = "http://news.partner-one.example.com/rss.xml"


def partner_one():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    # expect: cleartext-transport
    return opener.open("http://news.partner-one.example.com/rss.xml", timeout=10).read()


def partner_two(token):
    url = "http://feeds.partner-two.example.net/latest?token=" + token
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    # expect: cleartext-transport
    return opener.open(url, timeout=10).read()


def legacy(feed=LEGACY_FEED):
    # expect: cleartext-transport
    return urllib.request.OpenerDirector().open(feed).read()


def partner_three():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPSHandler())
    return opener.open("https://feeds.partner-three.example.org/rss", timeout=10).read()


def bundled():
    opener = urllib.request.build_opener(urllib.request.FileHandler())
    return opener.open("file:///srv/feeds/fallback.xml").read()
