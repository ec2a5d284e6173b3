import requests

USER_AGENT = "NewsBlur Feed Finder"


def fetch_feed_address(url):
    if not url.startswith("http"):
        url = "http://" + url
    # expect: ssrf
    resp = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=20)
    return resp.text
