"""SOAP integration with the ERP system (nightly order sync)."""
import hashlib
import logging
import os

import requests
from defusedxml import minidom as safe_minidom
from lxml import etree

log = logging.getLogger("erp")
ERP_URL = os.environ.get("ERP_URL", "https://erp.example.com/soap")
ERP_CA = os.environ.get("ERP_CA_BUNDLE", True)


def envelope(body: str) -> str:
    return f'<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>{body}</soap:Body></soap:Envelope>'


def call(action: str, body: str) -> bytes:
    headers = {"SOAPAction": action, "Content-Type": "text/xml"}
    r = requests.post(ERP_URL, data=envelope(body), headers=headers, verify=ERP_CA, timeout=60)
    r.raise_for_status()
    return r.content


def call_legacy(action: str, body: str) -> bytes:
    headers = {"SOAPAction": action, "Content-Type": "text/xml"}
    # expect: tls-verify-off
    r = requests.post(ERP_URL, data=envelope(body), headers=headers, verify=False, timeout=60)
    return r.content


def parse_response(raw: bytes):
    return safe_minidom.parseString(raw)


def parse_response_lxml(raw: bytes):
    # expect: xxe
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    return etree.fromstring(raw, parser=parser)


def parse_attachment(raw: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(raw, parser=parser)


def parse_upload(stream):
    # expect: xxe
    return etree.parse(stream, parser=etree.XMLParser(resolve_entities=True, no_network=False))


def order_signature(order_xml: bytes, shared_secret: str) -> str:
    # expect: weak-hash
    return hashlib.md5(order_xml + shared_secret.encode()).hexdigest()


def order_signature_v2(order_xml: bytes, shared_secret: str) -> str:
    return hashlib.sha256(order_xml + shared_secret.encode()).hexdigest()


def payload_etag(order_xml: bytes) -> str:
    return hashlib.md5(order_xml).hexdigest()


def fetch_wsdl() -> bytes:
    # expect: no-timeout
    return requests.get(ERP_URL + "?wsdl").content


def fetch_wsdl_cached(cache_dir: str) -> bytes:
    path = os.path.join(cache_dir, "erp.wsdl")
    if os.path.exists(path):
        with open(path, "rb") as fh:
            return fh.read()
    data = requests.get(ERP_URL + "?wsdl", timeout=30).content
    with open(path, "wb") as fh:
        fh.write(data)
    return data


def dump_debug(raw: bytes) -> None:
    # expect: temp-file
    with open("/tmp/erp_last_response.xml", "wb") as fh:
        fh.write(raw)


def sync_orders(orders: list[dict]) -> int:
    ok = 0
    for o in orders:
        body = f"<CreateOrder><Id>{o['id']}</Id><Total>{o['total']}</Total></CreateOrder>"
        try:
            call("CreateOrder", body)
            ok += 1
        except requests.RequestException as exc:
            log.warning("order %s failed: %s", o["id"], exc)
    return ok
