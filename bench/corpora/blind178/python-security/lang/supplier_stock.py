"""Pulls stock levels from suppliers that only expose an XML-RPC endpoint."""
import logging
import socket
# expect: xxe
import xmlrpc.client
from dataclasses import dataclass

log = logging.getLogger(__name__)

SUPPLIER_ENDPOINTS = {
    "nordtools": "https://rpc.nordtools.example/xmlrpc",
    "baltic-fasteners": "https://erp.baltic-fasteners.example/RPC2",
}


@dataclass
class StockLevel:
    sku: str
    on_hand: int
    eta_days: int


def _proxy(url):
    return xmlrpc.client.ServerProxy(url, allow_none=False, use_builtin_types=True)


def fetch_stock(supplier, skus):
    url = SUPPLIER_ENDPOINTS[supplier]
    proxy = _proxy(url)
    try:
        rows = proxy.stock.levels(list(skus))
    except (xmlrpc.client.Fault, xmlrpc.client.ProtocolError, socket.timeout) as exc:
        log.warning("stock query to %s failed: %s", supplier, exc)
        return []
    return [StockLevel(r["sku"], int(r["on_hand"]), int(r.get("eta_days", 0))) for r in rows]


def sync_all(catalog):
    levels = {}
    for supplier in SUPPLIER_ENDPOINTS:
        skus = [item.sku for item in catalog if item.supplier == supplier]
        for level in fetch_stock(supplier, skus):
            levels[level.sku] = level
    return levels
