"""Rule tests in ast-grep's format: ``id``, ``valid`` (must not match), ``invalid`` (must match)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ast_grep_py import SgRoot

from postil.analyzers.rules.loader import LINKED_OUT, yaml_files
from postil.analyzers.rules.joined_matches import rule_matches
from postil.analyzers.rules.parsed_text import parsed
from postil.analyzers.rules.rule_model import Rule
from postil.analyzers.rules.rule_yaml import load_yaml_documents
from postil.analyzers.rules.taint import file_facts, taint_hits


@dataclass
class RuleTestResult:
    """Outcome of one rule's test cases."""

    rule_id: str
    passed: int = 0
    failures: list[str] = field(default_factory=list)


@dataclass
class TestSuite:
    """Test cases found on disk, keyed by rule id, and problems reading them."""

    cases: dict[str, dict] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _is_test_file(path: Path) -> bool:
    """ast-grep test files: anything under a ``rule-tests`` dir or named ``*-test.yml``."""
    return ("rule-tests" in path.parts or path.stem.endswith("-test")) and "__snapshots__" not in path.parts


def load_tests(directories: list[Path]) -> TestSuite:
    suite = TestSuite()
    for directory in directories:
        files, linked_out = yaml_files(directory)  # (links out of the directory never read)
        suite.errors.extend(f"{path}: {LINKED_OUT}" for path in linked_out if _is_test_file(path))
        for path in filter(_is_test_file, files):
            docs, problems = load_yaml_documents(path)
            suite.errors.extend(str(problem) for problem in problems)
            for doc in docs:
                if not isinstance(doc, dict) or "id" not in doc:
                    if doc is not None:
                        suite.errors.append(f"{path}: a test case needs `id`")
                    continue
                suite.cases[doc["id"]] = doc
    return suite


def _matches(rule: Rule, code: str) -> bool:
    _, root, _ = parsed(code, rule.language, SgRoot(code, rule.language).root())  # (as a check reads it)
    if rule.taint is not None:
        return bool(taint_hits(file_facts(root, rule.language, [rule.taint]), rule.taint))
    return bool(rule_matches(rule, root))


def run_rule_tests(rules: list[Rule], suite: TestSuite) -> list[RuleTestResult]:
    """Check each rule that has tests against its valid and invalid snippets."""
    results = []
    for rule in rules:
        case = suite.cases.get(rule.id)
        if case is None:
            continue
        result = RuleTestResult(rule.id)
        for code in case.get("invalid") or []:
            if _matches(rule, str(code)):
                result.passed += 1
            else:
                result.failures.append(f"invalid case not matched:\n{_indent(code)}")
        for code in case.get("valid") or []:
            if _matches(rule, str(code)):
                result.failures.append(f"valid case matched (false positive):\n{_indent(code)}")
            else:
                result.passed += 1
        results.append(result)
    return results


def _indent(code: str) -> str:
    return "\n".join("    " + line for line in str(code).rstrip().splitlines())
