"""Download public datasets used by the nightly training job."""
import os
import urllib.request
from pathlib import Path

DATA_DIR = Path(os.environ.get("DATA_DIR", "/var/lib/trainer/data"))
MIRROR = "https://datasets.example.org/mirror"
LEGACY_STATIONS = "http://weather.example.net/export/stations.csv"


def fetch_iris():
    target = DATA_DIR / "iris.csv"
    # expect: cleartext-transport
    urllib.request.urlretrieve("http://archive.example.edu/ml/iris/iris.data", target)
    return target


def fetch_stations():
    url = LEGACY_STATIONS
    target = DATA_DIR / "stations.csv"
    # expect: cleartext-transport
    urllib.request.urlretrieve(url, target)
    return target


def fetch_embeddings(name, url="http://vectors.example.com/glove.6B.zip"):
    target = DATA_DIR / f"{name}.zip"
    # expect: cleartext-transport
    urllib.request.urlretrieve(url, target)
    return target


def fetch_from_mirror(name):
    target = DATA_DIR / name
    urllib.request.urlretrieve(f"{MIRROR}/{name}", target)
    return target


def fetch_labels():
    target = DATA_DIR / "labels.json"
    urllib.request.urlretrieve("https://labels.example.org/v2/labels.json", target)
    return target


def copy_local_fixture():
    local = "file://" + str(Path(__file__).with_name("fixture.csv"))
    return urllib.request.urlretrieve(local, DATA_DIR / "fixture.csv")
