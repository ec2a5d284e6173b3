"""XML catalog parsing for the book converter."""
from lxml import etree

_LEGACY_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse_legacy(payload):
    # expect: xxe
    return etree.fromstring(payload, parser=_LEGACY_PARSER)


def parse(payload):
    return etree.fromstring(payload, parser=_SAFE_PARSER)


def find_book(tree, book_id):
    expr = "//book[@id='" + book_id + "']/title/text()"
    # expect: xpath-injection
    return tree.xpath(expr)


def find_book_bound(tree, book_id):
    return tree.xpath("//book[@id=$bid]/title/text()", bid=book_id)


def chapter_titles(tree):
    return [node.text for node in tree.iterfind(".//chapter/title")]
