"""Imports supplier price lists sent as XML."""
from lxml import etree

SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse_pricelist_legacy(data):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    # expect: xxe
    root = etree.fromstring(data, parser=parser)
    return [(line.get("code"), float(line.get("price", "0"))) for line in root.iter("line")]


def parse_pricelist(data):
    root = etree.fromstring(data, parser=SAFE_PARSER)
    return [(line.get("code"), float(line.get("price", "0"))) for line in root.iter("line")]


def field_node(arch, field_name):
    tree = etree.fromstring(arch, parser=SAFE_PARSER)
    # expect: xpath-injection
    return tree.xpath("//field[@name='%s']" % field_name)


def field_node_bound(arch, field_name):
    tree = etree.fromstring(arch, parser=SAFE_PARSER)
    return tree.xpath("//field[@name=$name]", name=field_name)
