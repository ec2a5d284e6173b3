"""Export formats are loaded by name from the request."""
import importlib

from fastapi import FastAPI, HTTPException

app = FastAPI()
EXPORTERS = {
    "csv": "reports.exporters.csv_exporter",
    "xlsx": "reports.exporters.xlsx_exporter",
}


@app.get("/export/{fmt}")
def export(fmt: str):
    # safe: module path comes from an allow-list
    module_path = EXPORTERS.get(fmt)
    if module_path is None:
        raise HTTPException(status_code=404)
    module = importlib.import_module(module_path)
    return module.export()


@app.get("/export/raw/{fmt}")
def export_raw(fmt: str):
    # expect: code-injection
    module = __import__(fmt)
    return module.export()


@app.get("/plugins/{name}")
def plugin(name: str, attr: str = "run"):
    # expect: code-injection
    module = importlib.import_module("plugins." + name)
    return getattr(module, attr)()


@app.get("/exporters")
def exporters():
    # safe: constant module names
    loaded = [importlib.import_module(path).__name__ for path in EXPORTERS.values()]
    return {"exporters": loaded}
