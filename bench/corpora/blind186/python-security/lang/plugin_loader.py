"""Loads export backends and webhook formatters for the reporting service."""
import importlib
import logging
import os

from flask import Blueprint, abort, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("exports", __name__)

EXPORT_BACKENDS = {
    "csv": "reporting.exporters.csv_backend",
    "xlsx": "reporting.exporters.xlsx_backend",
    "parquet": "reporting.exporters.parquet_backend",
}


def settings_module():
    """The operator picks the settings module at deploy time."""
    return importlib.import_module(os.environ.get("REPORTING_SETTINGS", "reporting.settings.production"))


def backend_for(fmt: str):
    path = EXPORT_BACKENDS.get(fmt)
    if path is None:
        raise KeyError(fmt)
    return importlib.import_module(path)


@bp.route("/exports/<fmt>", methods=["POST"])
def export(fmt):
    try:
        backend = backend_for(fmt)
    except KeyError:
        abort(404)
    return jsonify(job=backend.enqueue(request.get_json(force=True)))


@bp.route("/exports/custom", methods=["POST"])
def export_custom():
    spec = request.get_json(force=True)
    # expect: code-injection
    backend = importlib.import_module(spec["backend"])
    return jsonify(job=backend.enqueue(spec.get("options", {})))


@bp.route("/hooks/<name>/preview", methods=["POST"])
def preview_formatter(name):
    module_name = request.args.get("module", f"reporting.formatters.{name}")
    # expect: code-injection
    formatter = importlib.import_module(module_name)
    return jsonify(preview=formatter.render(request.get_json(force=True)))


def load_builtin_formatters():
    loaded = {}
    for name in ("slack", "teams", "email"):
        loaded[name] = importlib.import_module(f"reporting.formatters.{name}")
    return loaded


def json_module():
    return importlib.import_module("json")
