"""XML-RPC bridge for the warehouse scanners (they only speak XML-RPC)."""

from __future__ import annotations

import logging
import xmlrpc.client
from xmlrpc.server import SimpleXMLRPCServer

from defusedxml.xmlrpc import monkey_patch

log = logging.getLogger(__name__)
SCANNER_GATEWAY = "https://scanners.internal.acme.example/RPC2"


def scanner_proxy() -> xmlrpc.client.ServerProxy:
    # expect: xxe
    return xmlrpc.client.ServerProxy(SCANNER_GATEWAY, allow_none=False)


def record_scan(sku: str, qty: int) -> bool:
    log.info("scan %s x%d", sku, qty)
    return True


def serve(port: int = 8010) -> None:
    # expect: xxe
    server = SimpleXMLRPCServer(("127.0.0.1", port), logRequests=False)
    server.register_function(record_scan, "record_scan")
    server.serve_forever()


def serve_hardened(port: int = 8011) -> None:
    monkey_patch()
    server = SimpleXMLRPCServer(("127.0.0.1", port), logRequests=False)
    server.register_function(record_scan, "record_scan")
    server.serve_forever()


def describe() -> dict:
    return {"gateway": SCANNER_GATEWAY, "methods": ["record_scan"]}


def count_batches(batches: list[list[str]]) -> int:
    return sum(len(b) for b in batches)
