"""An lxml parser that resolves external entities is reported where a parse is given it (the line that
reads the untrusted XML, where a reviewer looks for XXE), once, from the line that made it when that is
in the same function (`placement: built-argument`: writers label either line); a parser no parse of
its function or module is given (handed on, or kept in an attribute) is still reported where it is
made. A request's body parsed so is the taint rule's finding, over the same lines."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import load_config

RULE = "python/security/lxml-resolve-entities"

IMPORTER = '''from lxml import etree

_feed_parser = etree.XMLParser(no_network=False, resolve_entities=True)


def import_items(payload):
    tree = etree.XML(payload, parser=_feed_parser)
    return [node.text for node in tree]


class Report:
    def load(self, blob):
        dtd_parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
        doc = etree.parse(blob, dtd_parser)
        return doc.getroot()

    def load_plain(self, blob):
        quiet = etree.XMLParser(resolve_entities=False)
        return etree.parse(blob, quiet)
'''

HANDED_ON = '''from lxml import etree


class Loader:
    def __init__(self):
        self.parser = etree.XMLParser(resolve_entities=True)

    def load(self, blob):
        return etree.fromstring(blob, self.parser)


def make_parser():
    loose = etree.XMLParser(resolve_entities=True)
    return loose
'''


VIEW = '''from django.http import HttpResponse
from lxml import etree


def convert(request):
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.body, parser)
    return HttpResponse(etree.tostring(doc))
'''


def _lines(tmp_path, text: str, rule: str = RULE) -> list[tuple[str, str]]:
    """The first and last lines' text of the rule's findings in ``text``."""
    path = tmp_path / "xmlimport.py"
    path.write_text(text)
    lines = text.splitlines()
    report = Checker(load_config(path)).check_file(path)
    return [(lines[f.span.start_line].strip(), lines[f.span.end_line].strip()) for f in report.findings if f.rule == rule]


def test_a_resolving_parser_is_reported_at_the_parse_given_it_from_where_it_is_made(tmp_path):
    assert _lines(tmp_path, IMPORTER) == [
        ("tree = etree.XML(payload, parser=_feed_parser)",) * 2,  # (made at the module's top: the parse alone)
        ("dtd_parser = etree.XMLParser(load_dtd=True, resolve_entities=True)", "doc = etree.parse(blob, dtd_parser)")]


def test_a_parser_no_parse_beside_it_is_given_stays_where_it_is_made(tmp_path):
    assert _lines(tmp_path, HANDED_ON) == [("self.parser = etree.XMLParser(resolve_entities=True)",) * 2,
                                           ("loose = etree.XMLParser(resolve_entities=True)",) * 2]


def test_a_request_parsed_so_is_the_taint_rules_finding_over_the_same_lines(tmp_path):
    assert _lines(tmp_path, VIEW) == []
    assert _lines(tmp_path, VIEW, "python/security/tainted-xxe") == [
        ("parser = etree.XMLParser(resolve_entities=True)", "doc = etree.fromstring(request.body, parser)")]
