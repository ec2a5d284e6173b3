"""A hostile JavaScript file tree-sitter's error recovery crawls through (a megabyte of quotes: ~3.4 s of CPU
for ast-grep's parse, which cannot be stopped, and one parse for each copy of the text the rules read) is
refused before the rules' parse, at the file's time limit or past 2 s of CPU a megabyte in a first parse that
can be stopped, with what to do; before, the parse ran whole before the limit was first checked. A long file
that parses in time still gets its findings. CPU in process."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.config import LoadedConfig, PostilConfig
from postil.core.deadline import Deadline, TimeLimitExceeded

pytestmark = pytest.mark.slow  # (seconds of CPU: over the fast tier's budget)

HEAD = "const { exec } = require('child_process');\nconst express = require('express');\nconst app = express();\n"
HANDLER = "app.get('/run', (req, res) => {\n  exec(req.query.cmd);\n  res.send('ok');\n});\n"


@pytest.mark.parametrize(("limit", "refused_past", "most_cpu"), [
    (0.5, "0.5", 2.0),  # the file's time limit
    (60, "2", 5.0),  # under a long limit, the first parse's budget: 2 s a megabyte (~7 s to parse whole)
])
def test_a_file_ast_grep_crawls_through_is_refused_in_time(tmp_path: Path, limit, refused_past, most_cpu):
    checker = Checker(LoadedConfig(PostilConfig(), None, tmp_path))
    text = HEAD + "'" * 1_000_000 + "\n"  # (ast-grep ~3.4 s of CPU a parse)
    started = time.thread_time()
    with pytest.raises(TimeLimitExceeded, match=rf"parsing this malformed text for the rules \(.*exclude the file.* took more than {refused_past} s"):
        checker.check_text(tmp_path / "quotes.js", text, deadline=Deadline(limit))
    assert time.thread_time() - started < most_cpu


def test_a_long_file_that_parses_in_time_keeps_its_findings(tmp_path: Path):
    checker = Checker(LoadedConfig(PostilConfig(), None, tmp_path))
    text = HEAD + "const total = [1, 2, 3].map((n) => n * 2);\n" * 4000 + HANDLER  # (~170 KB)
    found = checker.check_text(tmp_path / "long.js", text, deadline=Deadline(60))
    assert [(f.rule, f.span.start_line + 1) for f in found] == [("js/security/tainted-command", 4005)]
