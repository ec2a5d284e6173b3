"""Legacy asset fetcher kept for the old catalogue importer (Python 3 port)."""
import urllib.request
from urllib.request import URLopener

CATALOGUE_FEED = "http://feeds.supplier-catalogue.example/daily.xml"
IMAGES_BASE = "https://cdn.supplier-catalogue.example/img/"


def fetch_feed(dest="feed.xml"):
    opener = urllib.request.URLopener()
    # expect: insecure-transport
    filename, headers = opener.retrieve("http://feeds.supplier-catalogue.example/daily.xml", dest)
    return filename


def fetch_prices(dest="prices.csv"):
    url = "http://feeds.supplier-catalogue.example/prices.csv"
    # expect: insecure-transport
    return urllib.request.URLopener().retrieve(url, dest)[0]


def fetch_archive(dest, source="http://archive.supplier-catalogue.example/2019.tar.gz"):
    opener = URLopener()
    # expect: insecure-transport
    path, _ = opener.retrieve(source, dest)
    return path


class FeedMirror:
    def __init__(self):
        self.opener = urllib.request.URLopener()
        self.opener.addheader("User-Agent", "catalogue-importer/2.3")

    def image(self, name):
        return self.opener.retrieve(IMAGES_BASE + name, f"images/{name}")[0]

    def secure_feed(self):
        return self.opener.retrieve("https://feeds.supplier-catalogue.example/daily.xml", "feed.xml")[0]


def main():
    fetch_feed()
    fetch_prices()
    mirror = FeedMirror()
    mirror.secure_feed()
    print(mirror.image("logo.png"))


if __name__ == "__main__":
    main()
