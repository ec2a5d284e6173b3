"""Loads exporter plugins named in configuration."""
import importlib
import importlib as il
import os
from importlib import import_module

PLUGIN_PACKAGE = "reports.exporters"


def load_exporter(fmt):
    # expect: code-injection
    return importlib.import_module(f"{PLUGIN_PACKAGE}.{fmt}")


def load_backend():
    backend = os.environ.get("STORAGE_BACKEND", "storage.local")
    # expect: code-injection
    return il.import_module(backend)


class Registry:
    def __init__(self, names):
        # expect: code-injection
        self.modules = [importlib.import_module(n) for n in names]


def relative(name, package):
    # expect: code-injection
    return import_module("." + name, package=package)


EXPORTERS = {"csv": "reports.exporters.csv", "json": "reports.exporters.json"}


def safe_load(fmt):
    json_mod = importlib.import_module("json")
    local = importlib.import_module(".csv", package=PLUGIN_PACKAGE)
    chosen = importlib.import_module(EXPORTERS.get(fmt, "reports.exporters.csv"))
    return json_mod, local, chosen
