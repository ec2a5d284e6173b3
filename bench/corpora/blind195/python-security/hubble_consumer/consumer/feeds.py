"""Parse partner event feeds (Atom/XML, YAML) into event dicts."""
import yaml
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _entries(root):
    for entry in root.iter(f"{ATOM}entry"):
        yield {
            "title": entry.findtext(f"{ATOM}title", default=""),
            "id": entry.findtext(f"{ATOM}id", default=""),
            "updated": entry.findtext(f"{ATOM}updated", default=""),
        }


def parse_atom(body: bytes):
    # expect: xxe
    root = etree.fromstring(body, etree.XMLParser(resolve_entities=True, load_dtd=True))
    return list(_entries(root))


def parse_atom_safe(body: bytes):
    root = etree.fromstring(body, _SAFE_PARSER)
    return list(_entries(root))


def parse_yaml(body: bytes):
    # expect: deserialization
    docs = yaml.load(body, Loader=yaml.UnsafeLoader)
    return docs if isinstance(docs, list) else [docs]


def parse_yaml_safe(body: bytes):
    docs = yaml.safe_load(body)
    if not isinstance(docs, list):
        docs = [docs]
    return [d for d in docs if isinstance(d, dict)]
