"""Fetches benchmark datasets into the local cache (research tooling)."""
import os
import urllib.request

CACHE = os.path.expanduser("~/.cache/benchdata")


def _dest(name):
    os.makedirs(CACHE, exist_ok=True)
    return os.path.join(CACHE, name)


def fetch_iris():
    # expect: cleartext-transport
    path, _ = urllib.request.URLopener().retrieve("http://archive.ics.uci.edu/ml/machine-learning-databases/iris/iris.data", _dest("iris.data"))
    return path


def fetch_wine():
    opener = urllib.request.URLopener()
    opener.addheader("User-Agent", "benchdata/0.4")
    # expect: cleartext-transport
    path, headers = opener.retrieve("http://archive.ics.uci.edu/ml/machine-learning-databases/wine/wine.data", _dest("wine.data"))
    return path


def fetch_adult():
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    opener.retrieve("HTTP://archive.ics.uci.edu/ml/machine-learning-databases/adult/adult.data", _dest("adult.data"))
    return _dest("adult.data")


def fetch_mnist_index():
    opener = urllib.request.URLopener()
    path, _ = opener.retrieve("https://storage.googleapis.com/cvdf-datasets/mnist/train-labels-idx1-ubyte.gz", _dest("mnist-labels.gz"))
    return path


def fetch_cifar():
    path, _ = urllib.request.urlretrieve("https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz", _dest("cifar-10.tar.gz"))
    return path


def describe():
    return "Datasets mirrored from http://archive.ics.uci.edu are cached under " + CACHE
