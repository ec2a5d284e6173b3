"""A built-in rule's matches both ways: as its YAML reads (ast-grep's walk, what the CLI and
`ast-grep test` run) and as postil searches it (joined_matches: a repeats or scoped rule hashed)."""

from __future__ import annotations

from ast_grep_py import SgRoot

from postil.analyzers.rules.joined_matches import rule_matches
from postil.analyzers.rules.loader import BUILTIN_PACKS, builtin_rules
from postil.analyzers.rules.rule_yaml import load_yaml_documents


def walked_and_joined(rule_id: str, code: str) -> tuple[object, list[int], list[int]]:
    """(the rule, the start offsets of its YAML's matches in Python ``code``, of postil's)."""
    written = next(doc for path in BUILTIN_PACKS.glob("python-*.yml") for doc in load_yaml_documents(path)[0]
                   if isinstance(doc, dict) and doc.get("id") == rule_id)
    rule = next(r for r in builtin_rules()[0] if r.id == rule_id)
    root = SgRoot(code, "python").root()
    walked = [m.range().start.index for m in root.find_all({k: v for k, v in written.items() if k in ("rule", "utils")})]
    return rule, walked, [m.range().start.index for m in rule_matches(rule, root)]
