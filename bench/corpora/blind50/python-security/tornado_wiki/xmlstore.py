"""XML page store of the wiki, backed by lxml."""
from lxml import etree

PAGES_FILE = "/srv/wiki/pages.xml"

_safe_parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def load_tree():
    return etree.parse(PAGES_FILE, _safe_parser)


def find_page(title):
    tree = load_tree()
    expr = "//page[@title='" + title + "']"
    # expect: xpath-injection
    return tree.xpath(expr)


def find_page_bound(title):
    tree = load_tree()
    return tree.xpath("//page[@title=$t]", t=title)


def parse_import(raw):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    # expect: xxe
    return etree.fromstring(raw, parser)


def parse_import_safe(raw):
    return etree.fromstring(raw, _safe_parser)
