"""XML external entities followed from the request (issue 31): request data parsed with a parser
made to resolve entities is reported at the parse (python/security/tainted-xxe; an lxml parser made
ahead in the function: from the parser to the parse); where every parse
in the function was followed and only constant data reaches it, the pattern rules that name the
parser's configuration are judged clean too (`supersedes-in: function`); where request data
reaches one, they stay beside the flow."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import LoadedConfig, PostilConfig

HEAD = "import io\nimport xml.sax\nfrom flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\n"
LXML = '''

@app.post("/upload")
def upload():
    data = request.get_data()
    {overwrite}parser = etree.XMLParser(resolve_entities=True, no_network=False)
    return {{"root": etree.fromstring(data, parser).tag}}
'''
SAX = '''

@app.post("/titles")
def titles():
    doc = request.form["doc"]
    {overwrite}parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.parse(io.StringIO(doc))
'''


def spans(tmp_path, body: str) -> set[tuple[int, int, str]]:
    path = tmp_path / "views.py"
    text = HEAD + body
    path.write_text(text)
    checker = Checker(LoadedConfig(PostilConfig(), None, tmp_path))
    return {(f.span.start_line + 1, f.span.end_line + 1, f.rule) for f in checker.check_text(path, text)
            if f.rule.startswith("python/security/")}


def found(tmp_path, body: str) -> set[tuple[int, str]]:
    return {(start, rule) for start, _, rule in spans(tmp_path, body)}


def test_request_data_parsed_with_entities_on_is_reported_at_the_parse_and_the_configuration(tmp_path):
    # lxml: one finding from the parser made to resolve entities to the parse given it (the pattern
    # rule's own finding is on that parse too: see test_lxml_parse_placement)
    assert spans(tmp_path, LXML.format(overwrite="")) == {(12, 13, "python/security/tainted-xxe")}
    assert found(tmp_path, SAX.format(overwrite="")) == {
        (13, "python/security/xml-external-entities-enabled"), (14, "python/security/tainted-xxe")}


def test_a_parser_fed_only_constants_is_judged_clean_in_its_function(tmp_path):
    assert found(tmp_path, LXML.format(overwrite='data = b"<feed/>"\n    ')) == set()
    assert found(tmp_path, SAX.format(overwrite='doc = "<titles/>"\n    ')) == set()


def test_a_parser_with_no_parse_in_its_function_keeps_its_finding(tmp_path):
    body = '\n\ndef make_parser():\n    return etree.XMLParser(resolve_entities=True)\n\n\n' \
           '@app.post("/x")\ndef x():\n    return {"n": len(request.get_data())}\n'
    assert found(tmp_path, body) == {(10, "python/security/lxml-resolve-entities")}
