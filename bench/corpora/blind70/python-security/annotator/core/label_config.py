"""Parsing of the XML labeling configuration."""
from lxml import etree

SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)


def parse_config(config_string):
    parser = etree.XMLParser(resolve_entities=True, remove_comments=True)
    # expect: xxe
    return etree.fromstring(config_string.encode("utf-8"), parser=parser)


def parse_config_strict(config_string):
    return etree.fromstring(config_string.encode("utf-8"), parser=SAFE_PARSER)


def find_control(tree, name):
    # expect: xpath-injection
    matches = tree.xpath(f"//*[@name='{name}']")
    return matches[0] if matches else None


def find_control_bound(tree, name):
    matches = tree.xpath("//*[@name=$name]", name=name)
    return matches[0] if matches else None


def control_tags(tree):
    return [el.tag for el in tree.iter() if el.get("toName")]


def config_line_count(config_string):
    return len(config_string.strip().splitlines())
