"""`rules list` says which rules run (an `off` rule, one the config turns off or leaves out is
not counted as running); `rules show` takes a prefix (lists its rules, where it answered "did
you mean" the prefix itself) and a bare name (every rule with that name)."""

from __future__ import annotations

import json
from pathlib import Path

CONFIG = """\
[tool.postil]
ignore = ["go"]
[tool.postil.severity]
"python/security/pickle-deserialization" = "off"
"""


def test_rules_list_shows_what_runs_and_counts_only_that(postil, tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text(CONFIG)
    rows = {r["id"]: r for r in json.loads(postil("rules", "list", "--json", cwd=tmp_path).stdout)}
    off_by_default = rows["python/correctness/bare-except-reraise"]
    assert (off_by_default["severity"], off_by_default["enabled"], off_by_default["runs"]) == ("off", False, "off")
    turned_off = rows["python/security/pickle-deserialization"]
    assert (turned_off["severity"], turned_off["enabled"], turned_off["runs"]) == ("off", False, "off")
    left_out = rows["go/security/weak-hash"]
    assert (left_out["enabled"], left_out["runs"]) == (False, "not selected")
    assert rows["python/security/sql-injection"]["enabled"] is True
    text = postil("rules", "list", cwd=tmp_path).stdout
    line = next(x for x in text.splitlines() if x.startswith("python/correctness/bare-except-reraise "))
    assert line.split()[-1] == "off"
    running = sum(r["enabled"] for r in rows.values())
    off = sum(r["runs"] == "off" for r in rows.values())
    not_selected = sum(r["runs"] == "not selected" for r in rows.values())
    assert off >= 2 and not_selected >= 5
    assert text.splitlines()[-1] == (f"{len(rows)} rules: {running} run "
                                     f"({sum(r['fixable'] for r in rows.values() if r['enabled'])} fixable), {off} off "
                                     f"(severity \"off\"), {not_selected} not selected by the config")


def test_rules_show_with_a_prefix_lists_the_rules_under_it(postil, tmp_path: Path):
    done = postil("rules", "show", "python/security", cwd=tmp_path)
    assert done.code == 0, done.stderr
    assert "did you mean" not in done.stdout + done.stderr
    listed = [line.split()[0] for line in done.stdout.splitlines()[1:]]
    assert "python/security/sql-injection" in listed and "python/security/tainted-sql" in listed
    assert all(rule.startswith("python/security/") for rule in listed)
    assert done.stdout.splitlines()[0].startswith(f"{len(listed)} rules under 'python/security'")
    as_json = json.loads(postil("rules", "show", "python/security", "--json", cwd=tmp_path).stdout)
    assert [r["id"] for r in as_json] == listed


def test_rules_show_with_a_bare_name_explains_every_rule_of_that_name(postil, tmp_path: Path):
    infos = json.loads(postil("rules", "show", "tainted-sql", "--json", cwd=tmp_path).stdout)
    assert sorted(i["id"] for i in infos) == ["js/security/tainted-sql", "python/security/tainted-sql"]
    text = postil("rules", "show", "tainted-sql", cwd=tmp_path).stdout
    assert "python/security/tainted-sql\n  severity:" in text and "js/security/tainted-sql\n  severity:" in text


def test_rules_show_says_an_off_rule_does_not_run(postil, tmp_path: Path):
    done = postil("rules", "show", "python/correctness/bare-except-reraise", cwd=tmp_path)
    assert "severity:   off (it does not run)" in done.stdout
