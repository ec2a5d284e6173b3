"""Lines a module marks with `# expect: <rule-id>`, and the lines `postil check` reports for those
rules: tests of where findings start compare the two."""

from __future__ import annotations

import json
import re

EXPECT = re.compile(r"# expect: (\S+)$")


def expected_lines(module: str) -> set[tuple[int, str]]:
    """(line number, rule id) for every line of ``module`` that ends with an expect mark."""
    return {(number, match.group(1))
            for number, line in enumerate(module.splitlines(), start=1)
            if (match := EXPECT.search(line))}


def reported_lines(postil, tmp_path, module: str, rules: set[str]) -> set[tuple[int, str]]:
    """(line, rule) of each finding of ``rules`` that `postil check` reports on ``module``."""
    (tmp_path / "module.py").write_text(module)
    result = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert result.code == 0, result.stderr
    return {(f["line"], f["rule"]) for f in json.loads(result.stdout)["findings"] if f["rule"] in rules}
