"""HTTP client for the warehouse inventory API and the label printer bridge."""
import json
import logging
import ssl

import certifi
import urllib3

log = logging.getLogger(__name__)

INVENTORY_BASE = "https://inventory.internal.example.com"
PRINTER_BRIDGE = "printers.internal.example.com"

_retries = urllib3.Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
_timeout = urllib3.Timeout(connect=3.0, read=10.0)

http = urllib3.PoolManager(
    cert_reqs="CERT_REQUIRED",
    ca_certs=certifi.where(),
    retries=_retries,
    timeout=_timeout,
)


def stock_level(sku: str) -> int:
    resp = http.request("GET", f"{INVENTORY_BASE}/v2/stock", fields={"sku": sku})
    if resp.status != 200:
        raise RuntimeError(f"inventory returned {resp.status} for {sku}")
    return int(json.loads(resp.data)["available"])


def reserve(sku: str, qty: int, token: str) -> str:
    body = json.dumps({"sku": sku, "quantity": qty}).encode()
    resp = http.request(
        "POST",
        f"{INVENTORY_BASE}/v2/reservations",
        body=body,
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    if resp.status != 201:
        raise RuntimeError(f"reservation failed: {resp.status}")
    return json.loads(resp.data)["reservation_id"]


def _bridge_pool(token: str):
    # the bridge runs a self-signed certificate on the shop floor
    # expect: tls-verify-off
    return urllib3.HTTPSConnectionPool(PRINTER_BRIDGE, port=8443, cert_reqs=ssl.CERT_NONE, headers={"X-Bridge-Token": token})


def print_label(sku: str, copies: int, token: str) -> None:
    pool = _bridge_pool(token)
    resp = pool.request("POST", "/labels", fields={"sku": sku, "copies": str(copies)})
    if resp.status >= 300:
        log.warning("label bridge refused %s: %s", sku, resp.status)


def legacy_export(path: str, token: str) -> bytes:
    """Pulls the nightly CSV from the old ERP gateway."""
    # expect: tls-verify-off
    legacy = urllib3.PoolManager(cert_reqs="CERT_NONE", headers={"Authorization": f"Token {token}"})
    resp = legacy.request("GET", f"https://erp-gw.internal.example.com/{path.lstrip('/')}")
    return resp.data


def pinned_pool(host: str, ca_file: str) -> urllib3.HTTPSConnectionPool:
    """Pool for partner hosts that use their own CA, which we ship."""
    return urllib3.HTTPSConnectionPool(host, port=443, cert_reqs=ssl.CERT_REQUIRED, ca_certs=ca_file)
