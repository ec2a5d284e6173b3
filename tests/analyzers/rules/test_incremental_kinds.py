"""A method typed in is searched only by the rules whose kind of node it holds (issue 31, item 9):
ast-grep compiles every rule on every search, and the rules with no word a unit must hold (an `if`
whose branches are the same, `x == x`, `assert "text"`) were searched in each edited unit whatever it
held. Each edit below is compared with a check of the whole text (Document): a rule's node typed in is
found, and goes when it is taken out. Counted (the rules a check searches), never timed."""

from __future__ import annotations

from tests.analyzers.rules.test_incremental import Document

SOURCE = '''import os


class Reports:
    """Reports kept between requests."""

    def rows(self, limit):
        found = self.query(limit)
        return sorted(found)

    def query(self, limit):
        return list(range(limit))


def ping(host):
    return os.system("ping -c 1 " + host)
'''
BY_KIND = {  # a rule run by units that no word picks out, and a line holding its kind of node
    "python/correctness/self-comparison": "        same = limit == limit\n",
    "python/correctness/assert-on-string": '        assert "rows are sorted"\n',
    "python/correctness/identical-branches": "        if limit:\n            limit = 1\n        else:\n"
                                             "            limit = 1\n",
}


def _searched(doc: Document) -> set[str]:
    return set(doc.editor.document_rules(str(doc.path)).rules_searched)


def test_a_method_is_searched_only_by_the_rules_whose_nodes_it_holds(tmp_path_factory):
    doc = Document(tmp_path_factory.mktemp("reports"), SOURCE)  # (not under a test_* folder: rules skip tests)
    anchor = "        found = self.query(limit)\n"
    doc.replace(anchor, anchor + "        size = 1\n")  # (each replace compares with a whole check)
    plain = _searched(doc)
    assert not plain & BY_KIND.keys()  # `rows` holds no comparison, assert or if
    for rule, line in BY_KIND.items():
        findings = doc.replace("        size = 1\n", "        size = 1\n" + line)
        assert rule in _searched(doc) and rule in {f.rule for f in findings}
        findings = doc.replace(line, "")
        assert rule not in {f.rule for f in findings} and rule not in _searched(doc)
