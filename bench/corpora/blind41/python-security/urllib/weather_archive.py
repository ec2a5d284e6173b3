"""Legacy weather-archive downloader (still on URLopener)."""
import urllib.request
from urllib.request import URLopener

ARCHIVE = "ftp://ftp.weather.example.net/archive/"


class ArchiveClient:
    def __init__(self):
        self.opener = urllib.request.URLopener()
        self.opener.addheader("User-Agent", "wx-archive/0.9")

    def station_list(self):
        # expect: insecure-transport
        return self.opener.open("ftp://ftp.weather.example.net/archive/stations.txt").read()


def daily(station, day):
    opener = URLopener()
    url = "ftp://ftp.weather.example.net/archive/daily.csv"
    # expect: insecure-transport
    with opener.open(url) as resp:
        return [line for line in resp.read().decode().splitlines() if line.startswith(f"{station},{day}")]


def readme():
    # expect: insecure-transport
    return urllib.request.URLopener().open("ftp://ftp.weather.example.net/README").read()


def monthly(month, base="ftp://ftp.weather.example.net/archive/monthly.csv"):
    fetcher = urllib.request.URLopener()
    # expect: insecure-transport
    return fetcher.open(base).read()


def station_list_https():
    return urllib.request.urlopen("https://weather.example.net/archive/stations.txt", timeout=30).read()


def station_list_local():
    opener = URLopener()
    return opener.open("file:///var/cache/wx/stations.txt").read()
