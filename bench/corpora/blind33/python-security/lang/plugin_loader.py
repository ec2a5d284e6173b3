"""Loads export backends and report plugins by name."""
import importlib
import importlib as il
from importlib import import_module

from flask import Blueprint, abort, request

bp = Blueprint("exports", __name__)

BACKENDS = {
    "csv": "reports.backends.csv_backend",
    "xlsx": "reports.backends.xlsx_backend",
    "pdf": "reports.backends.pdf_backend",
}


@bp.route("/export/<fmt>")
def export(fmt):
    # expect: code-injection
    backend = importlib.import_module(f"reports.backends.{fmt}")
    return backend.render(request.args)


def load_plugin(settings):
    module_path = settings["REPORT_PLUGIN"]
    # expect: code-injection
    return import_module(module_path)


class PluginRegistry:
    def __init__(self, names):
        self.modules = {}
        for name in names:
            # expect: code-injection
            self.modules[name] = il.import_module(name, package=__package__)


@bp.route("/widgets")
def widget():
    kind = request.args.get("kind", "chart")
    # expect: code-injection
    mod = __import__("widgets." + kind, fromlist=["render"])
    return mod.render()


@bp.route("/export-safe/<fmt>")
def export_safe(fmt):
    if fmt not in BACKENDS:
        abort(404)
    backend = importlib.import_module(BACKENDS[fmt])
    return backend.render(request.args)


def json_backend():
    return importlib.import_module("json")


def refresh(module):
    return importlib.reload(module)
