"""A Python rule's `nthChild` counts the arguments, not a comment written between them."""

from __future__ import annotations

from ast_grep_py import SgRoot

from postil.analyzers.rules.comment_siblings import uncounted_comments
from postil.analyzers.rules.joined_matches import rule_matches
from postil.analyzers.rules.loader import build_rule

FIRST_ARGUMENT_A_LITERAL = {
    "id": "t/first-argument-literal", "language": "python", "message": "m",
    "rule": {"kind": "call", "has": {"field": "arguments", "has": {"nthChild": 1, "kind": "string"}}},
}


def _found(doc: dict, code: str) -> bool:
    return bool(rule_matches(build_rule(doc, "t.yml"), SgRoot(code, "python").root()))


def test_a_comment_after_the_parenthesis_is_not_the_first_argument():
    assert _found(FIRST_ARGUMENT_A_LITERAL, 'open("/etc/hosts")\n')
    assert _found(FIRST_ARGUMENT_A_LITERAL, 'open(  # the resolver\'s table\n    "/etc/hosts",\n)\n')
    assert not _found(FIRST_ARGUMENT_A_LITERAL, 'open(  # "a comment"\n    path,\n)\n')


def test_positions_already_counted_by_a_rule_and_comments_own_are_kept():
    assert uncounted_comments({"nthChild": {"position": 2, "ofRule": {"kind": "string"}}}) == \
        {"nthChild": {"position": 2, "ofRule": {"kind": "string"}}}
    assert uncounted_comments({"kind": "comment", "nthChild": 1}) == {"kind": "comment", "nthChild": 1}
    assert uncounted_comments({"has": [{"nthChild": {"position": 1, "reverse": True}}]}) == \
        {"has": [{"nthChild": {"position": 1, "reverse": True, "ofRule": {"not": {"kind": "comment"}}}}]}
