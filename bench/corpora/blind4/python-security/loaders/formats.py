"""Import formats accepted by the catalogue importer.

Files come from supplier uploads (SFTP drop box) or from the message bus.
"""
from __future__ import annotations

import json
import marshal
import pickle
import shelve
import xml.etree.ElementTree as ET
import xmlrpc.client
from pathlib import Path
from xml.dom import minidom

import defusedxml.ElementTree as SafeET
import yaml
from lxml import etree


def load_supplier_yaml(path: Path) -> dict:
    with path.open() as fh:
        # expect: yaml-unsafe-load
        return yaml.load(fh, Loader=yaml.Loader)


def load_settings_yaml(path: Path) -> dict:
    with path.open() as fh:
        return yaml.safe_load(fh)


def load_mapping_yaml(text: str) -> dict:
    return yaml.load(text, Loader=yaml.CSafeLoader)


def load_legacy_yaml(text: str):
    # expect: yaml-unsafe-load
    return yaml.unsafe_load(text)


def decode_bus_message(body: bytes) -> dict:
    # expect: pickle-untrusted
    return pickle.loads(body)


def decode_bus_message_v2(body: bytes) -> dict:
    return json.loads(body)


def snapshot_roundtrip(value):
    """Deep copy used by the preview; the bytes never leave the process."""
    return pickle.loads(pickle.dumps(value))


def load_compiled_rules(blob: bytes):
    # expect: marshal-untrusted
    return marshal.loads(blob)


def open_supplier_upload(path: str):
    """Some suppliers still upload their catalogue as a shelve database."""
    # expect: shelve-untrusted
    return shelve.open(path)


def parse_supplier_xml(path: Path) -> list[dict]:
    # expect: xml-unsafe-parser
    tree = ET.parse(path)
    return [item.attrib for item in tree.getroot().iter("item")]


def parse_supplier_xml_safe(path: Path) -> list[dict]:
    tree = SafeET.parse(path)
    return [item.attrib for item in tree.getroot().iter("item")]


def parse_price_feed(data: bytes):
    # expect: lxml-resolve-entities
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    return etree.fromstring(data, parser)


def parse_price_feed_hardened(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(data, parser)


def pretty_upload(data: str) -> str:
    # expect: xml-unsafe-parser
    return minidom.parseString(data).toprettyxml()


def build_export(rows: list[dict]) -> bytes:
    root = ET.Element("export")
    for row in rows:
        ET.SubElement(root, "item", {k: str(v) for k, v in row.items()})
    return ET.tostring(root, encoding="utf-8")


def erp_proxy(url: str):
    # expect: xmlrpc-unsafe
    return xmlrpc.client.ServerProxy(url)
