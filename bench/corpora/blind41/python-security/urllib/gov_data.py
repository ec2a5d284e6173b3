"""Download public datasets from the statistics office."""
import urllib.request
from urllib import request as urlreq

STATS_FTP = "ftp://ftp.stats.example.gov/pub/population.csv"


def population_csv():
    # expect: insecure-transport
    with urllib.request.urlopen(STATS_FTP, timeout=60) as resp:
        return resp.read().decode("latin-1")


def boundaries(path="ftp://ftp.stats.example.gov/pub/boundaries.zip"):
    # expect: insecure-transport
    data = urllib.request.urlopen(path, timeout=120).read()
    return data


def release_calendar():
    # expect: insecure-transport
    return urlreq.urlopen("ftp://ftp.stats.example.gov/pub/calendar.ics").read()


def population_csv_https():
    with urllib.request.urlopen("https://stats.example.gov/pub/population.csv", timeout=60) as resp:
        return resp.read().decode("latin-1")


def mirror_note():
    return "Old address: " + STATS_FTP.replace("ftp://", "")
