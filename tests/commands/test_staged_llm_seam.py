"""The seam the LLM reviewer plugs into: review_units(..., llm=UnitReviewer)."""

from __future__ import annotations

import pytest

from postil import git
from postil.analyzers.checker import CheckerCache
from postil.analyzers.findings import Finding, Severity, Span
from postil.analyzers.llm.changes import LlmReview
from postil.change_review import collect_units, review_units

pytestmark = pytest.mark.slow  # real git repositories


class FakeReviewer:
    name = "fake"

    def __init__(self) -> None:
        self.seen = []

    def review(self, units, rule_findings):
        self.seen.append(([u.display for u in units], [f.rule for f in rule_findings],
                          {u.display: [str(h) for h in u.hunks] for u in units}))
        unit = units[0]
        on_changed = min(unit.changed_lines())
        return LlmReview(
            findings=[
                Finding("llm/logic", Severity.WARNING, "changed line", unit.display, Span(on_changed, 0, on_changed, 3),
                        source="llm"),
                Finding("llm/logic", Severity.WARNING, "old line", unit.display, Span(0, 0, 0, 3), source="llm"),
            ],
            reviewed=[(unit, unit.hunks)],
            skipped=[(units[1].display, "budget")],
        )


def test_llm_reviewer_gets_changed_units_and_its_findings_are_limited_to_changed_lines(repo, monkeypatch):
    repo.write("a.py", "keep = 1\nkeep_too = 2\n")
    repo.write("b.py", "x = 1\n")
    repo.write("gone.py", "y = 1\n")
    repo.commit_all()
    repo.write("a.py", "keep = 1\nkeep_too = 2\nadded = keep == None\n")
    repo.write("b.py", "x = 2\n")
    repo.git("rm", "-q", "gone.py")
    repo.git("add", "a.py", "b.py")
    monkeypatch.chdir(repo.root)

    changes = git.staged_changes(repo.root)
    cache = CheckerCache()
    units = collect_units(changes, cache)
    reviewer = FakeReviewer()
    result = review_units(units, cache, llm=reviewer, label=changes.label)

    [(sent, rule_ids, hunks)] = reviewer.seen
    assert sent == ["a.py", "b.py"]  # the deleted file is not sent
    assert rule_ids == ["python/correctness/none-equality-comparison"]
    assert hunks == {"a.py": ["@@ -2,0 +3,1 @@"], "b.py": ["@@ -1,1 +1,1 @@"]}
    llm = [(f.path, f.span.start_line, f.message) for f in result.findings if f.source == "llm"]
    assert llm == [("a.py", 2, "changed line")]  # the finding on an unchanged line is dropped
    assert result.coverage.llm_reviewed == [("a.py", 1)]
    assert result.coverage.llm_skipped == [("b.py", "budget")]
    assert ("gone.py", "deleted") in result.coverage.skipped
    assert "LLM review: 1 file(s), 1 hunk(s) reviewed; 1 skipped:" in result.coverage.render_text()
