"""Loads export and notification plugins for the reporting service."""
import importlib
import json
import logging

from .db import tenant_settings

log = logging.getLogger(__name__)

EXPORTERS = {
    "csv": "reporting.exporters.csv_exporter",
    "xlsx": "reporting.exporters.xlsx_exporter",
    "pdf": "reporting.exporters.pdf_exporter",
}
BUILTIN_NOTIFIERS = ("reporting.notify.email", "reporting.notify.slack")


def exporter_for(fmt):
    module_name = EXPORTERS.get(fmt)
    if module_name is None:
        raise ValueError(f"unsupported format {fmt!r}")
    return importlib.import_module(module_name).Exporter()


def load_builtin_notifiers():
    return [importlib.import_module(name) for name in BUILTIN_NOTIFIERS]


def load_codec():
    return importlib.import_module("reporting.codecs.default")


def notifier_for_tenant(tenant_id):
    """Tenants pick a notifier by typing its module path in their settings page."""
    settings = tenant_settings(tenant_id)
    # expect: code-injection
    return importlib.import_module(settings["notifier_module"])


def handle_webhook(body):
    event = json.loads(body)
    # expect: code-injection
    handler = importlib.import_module(event["handler"])
    return handler.handle(event)


def load_exporter_relative(fmt):
    if fmt not in EXPORTERS:
        raise ValueError(fmt)
    return importlib.import_module("." + fmt + "_exporter", package="reporting.exporters")
