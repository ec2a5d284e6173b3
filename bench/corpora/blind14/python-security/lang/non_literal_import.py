# library: importlib
"""Plugin loading for the export service."""
import importlib

EXPORTERS = {
    "csv": "exporters.csv_exporter",
    "xlsx": "exporters.xlsx_exporter",
    "json": "exporters.json_exporter",
}


def load_exporter(fmt):
    module_name = EXPORTERS.get(fmt)
    if module_name is None:
        raise ValueError(f"unsupported format {fmt!r}")
    return importlib.import_module(module_name)


def load_from_request(request):
    # expect: code-injection
    module = importlib.import_module(request.args["backend"])
    return module.Exporter()


def load_from_header(request):
    # expect: code-injection
    return __import__(request.headers["X-Export-Plugin"])


def load_builtin():
    return importlib.import_module("exporters.default")
