"""Loads export backends named in the tenant configuration."""
import importlib

BACKENDS = {"csv": "exports.csv_backend", "xlsx": "exports.xlsx_backend", "pdf": "exports.pdf_backend"}


def load_backend(tenant_config):
    # expect: code-injection
    module = importlib.import_module(tenant_config["export_backend"])
    return module.Backend()


def load_from_request(request):
    name = request.GET.get("format", "csv")
    # expect: code-injection
    return importlib.import_module(f"exports.{name}_backend").Backend()


def load_hook(path):
    module_name, _, attr = path.rpartition(":")
    # expect: code-injection
    return getattr(importlib.import_module(module_name), attr)


def load_known(fmt):
    return importlib.import_module(BACKENDS.get(fmt, BACKENDS["csv"])).Backend()


def load_default():
    return importlib.import_module("exports.csv_backend").Backend()
