"""A hostile JavaScript file tree-sitter's error recovery crawls through (a megabyte of quotes: ~7 s of CPU a
parse, and a .js file is parsed three times to name its syntax error) is stopped at the file's time limit in
the syntax check too, and skipped with that reason, as the rules are; before, the check ran 34 s of CPU on
such a file under a 10 s limit. A file that parses in time is reported as before. CPU compared in process."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import pytest

from postil.analyzers.findings import Severity
from postil.analyzers.syntax import one_syntax_error
from postil.core.deadline import Deadline, TimeLimitExceeded


@dataclass(frozen=True)
class _JsSyntaxRule:
    id: str = "js/syntax-error"
    severity: Severity | None = Severity.ERROR
    url: str | None = None
    note: str | None = None
    metadata: dict = field(default_factory=dict)


def test_a_file_tree_sitter_crawls_through_stops_at_the_time_limit():
    text = "'" * 400_000 + "\n"  # (~2.7 s of CPU a parse, three parses)
    started = time.thread_time()
    with pytest.raises(TimeLimitExceeded, match="the syntax check took more than 0.5 s"):
        one_syntax_error([], text, "javascript", "quotes.js", _JsSyntaxRule(), Deadline(0.5))
    assert time.thread_time() - started < 2.0


def test_a_file_that_parses_in_time_still_names_its_error():
    text = "const a = 1;\n" * 3000 + "foo(1, 2;\n"  # (longer than one piece given the parser)
    found = one_syntax_error([], text, "javascript", "broken.js", _JsSyntaxRule(), Deadline(60))
    assert [(f.rule, f.span.start_line + 1, f.message) for f in found] == [
        ("js/syntax-error", 3001, "SyntaxError: missing `)`")]
