"""Class-based API views."""

from __future__ import annotations

import logging
import subprocess

from flask import request
from flask.views import MethodView
from lxml import etree
from pymongo import MongoClient

log = logging.getLogger(__name__)
mongo = MongoClient("mongodb://localhost:27017")["inventory"]
CATALOG = etree.parse("/srv/catalog.xml")


def run_tool(*words: str) -> str:
    """Runs a maintenance command line through the shell."""
    return subprocess.run(" ".join(words), shell=True, capture_output=True, text=True).stdout


def request_fields() -> tuple[str, str]:
    body = request.get_json(silent=True) or {}
    return body.get("sku", ""), body.get("warehouse", "")


class StockView(MethodView):
    def get(self):
        sku, warehouse = request_fields()
        # expect: nosql-injection
        items = mongo.stock.find({"$where": f"this.sku == '{sku}'"})
        return {"items": [i["qty"] for i in items], "warehouse": warehouse}

    def post(self):
        sku, warehouse = request_fields()
        mongo.stock.update_one({"sku": sku, "warehouse": warehouse}, {"$inc": {"qty": 1}})
        return {"ok": True}


class CatalogView(MethodView):
    def get(self):
        name = request.args.get("name", "")
        # expect: xpath-injection
        nodes = CATALOG.xpath("//product[@name='" + name + "']/price/text()")
        return {"prices": [str(n) for n in nodes]}

    def post(self):
        name = request.args.get("name", "")
        nodes = CATALOG.xpath("//product[@name=$n]/price/text()", n=name)
        return {"prices": [str(n) for n in nodes]}


class MaintenanceView(MethodView):
    def post(self):
        sku, warehouse = request_fields()
        # expect: command-injection
        out = run_tool("reindex", "--sku", sku, "--warehouse", warehouse)
        return {"out": out}

    def delete(self):
        sku, _ = request_fields()
        # expect: log-injection
        log.warning("stock deleted for sku " + sku)
        mongo.stock.delete_many({"sku": sku})
        return {"ok": True}
