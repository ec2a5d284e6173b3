"""Filesystem storage: every item is a data file plus a .meta JSON file."""

import json
import os

from ..utils.name import ItemName


class Data:
    def __init__(self, f):
        self._f = f

    @property
    def size(self):
        self._f.seek(0, os.SEEK_END)
        return self._f.tell()

    def read(self, offset, size):
        self._f.seek(offset)
        return self._f.read(size)

    def write(self, data, offset):
        self._f.seek(offset)
        self._f.write(data)

    def close(self):
        self._f.close()


class Item:
    def __init__(self, data_file, meta_file):
        self.data = Data(data_file)
        self._meta_file = meta_file
        self.meta = json.load(meta_file) if meta_file.mode.startswith("r") else {}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.data.close()
        self._meta_file.close()


class Storage:

    def __init__(self, directory):
        self.directory = os.path.realpath(directory)

    def _paths(self, name):
        base = os.path.join(self.directory, name)
        return base, base + ".meta"

    def create(self, size):
        name = ItemName.create(self)
        data_path, meta_path = self._paths(name)
        data_file = open(data_path, "w+b")
        data_file.truncate(size)
        return name, Item(data_file, open(meta_path, "w+"))

    def open(self, name):
        data_path, meta_path = self._paths(name)
        # expect: path-traversal
        return Item(open(data_path, "rb"), open(meta_path, "r"))

    def openwrite(self, name):
        data_path, meta_path = self._paths(ItemName.check(name))
        return Item(open(data_path, "r+b"), open(meta_path, "r+"))

    def remove(self, name):
        data_path, meta_path = self._paths(ItemName.check(name))
        os.remove(data_path)
        os.remove(meta_path)

    def __contains__(self, name):
        return os.path.exists(self._paths(ItemName.check(name))[1])

    def __iter__(self):
        for entry in os.listdir(self.directory):
            if entry.endswith(".meta"):
                yield entry[:-5]
