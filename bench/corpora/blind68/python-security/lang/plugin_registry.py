"""Loads exporters, storage backends and report plugins by name."""
import importlib
import logging
import os
from importlib import import_module as load_module

log = logging.getLogger(__name__)

EXPORTERS = {
    "csv": "reporting.exporters.csv_exporter",
    "xlsx": "reporting.exporters.xlsx_exporter",
    "pdf": "reporting.exporters.pdf_exporter",
}


class Registry:
    package = "reporting.plugins"

    def __init__(self, settings):
        self.settings = settings
        self._cache = {}

    def backend(self):
        dotted = self.settings.get("STORAGE_BACKEND", "reporting.storage.local")
        # expect: code-injection
        return importlib.import_module(dotted)

    def plugin(self, name):
        if name not in self._cache:
            # expect: code-injection
            self._cache[name] = load_module(f".{name}", package=self.package)
        return self._cache[name]


def handler_for(kind):
    # expect: code-injection
    module = importlib.import_module("reporting.handlers." + kind)
    return getattr(module, "handle")


def load_from_env():
    for dotted in os.environ.get("EXTRA_PLUGINS", "").split(","):
        if dotted:
            # expect: code-injection
            load_module(dotted.strip())


def exporter(fmt):
    try:
        path = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}") from None
    return importlib.import_module(path)


def optional_yaml():
    try:
        return importlib.import_module("yaml")
    except ImportError:
        log.info("PyYAML not installed; YAML exports disabled")
        return None
