"""`postil check` end to end: output formats, exit codes, config, fixes."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_demo_reports_problems_in_every_language(postil):
    result = postil("check", DEMO, "--format", "json")
    assert result.code == 1
    rules = {f["rule"] for f in result.json["findings"]}
    paths = {Path(f["path"]).name for f in result.json["findings"]}
    assert {"app.py", "server.js", "store.go", ".env"} <= paths
    assert "python/security/tainted-command" in rules  # request data into a shell command
    assert any(r.startswith("secrets/") for r in rules)
    assert any(r.startswith("js/") for r in rules)
    assert any(r.startswith("go/") for r in rules)


def test_json_finding_shape(postil, tmp_path):
    write(tmp_path / "m.py", "import yaml\n\ndef load(f):\n    return yaml.load(f)\n")
    result = postil("check", tmp_path, "--format", "json")
    [finding] = [f for f in result.json["findings"] if f["rule"] == "python/security/yaml-load-unsafe-default"]
    assert (finding["line"], finding["column"]) == (4, 12)
    assert finding["end_line"] == 4 and finding["end_column"] == 24
    assert finding["severity"] in {"error", "warning"} and finding["source"] == "rules"
    assert len(finding["fingerprint"]) >= 16
    edit = finding["fix"]["edits"][0]
    assert (edit["text"], edit["line"], edit["column"], edit["end_column"]) == ("safe_", 4, 17, 17)
    assert "yaml.safe_load(f)" in finding["fix"]["description"]
    assert result.json["summary"]["files_checked"] == 1


def test_a_file_named_and_inside_a_named_directory_is_checked_once(postil, tmp_path):
    write(tmp_path / "m.py", "import yaml\n\ndef load(f):\n    return yaml.load(f)\n")
    result = postil("check", tmp_path / "m.py", tmp_path, "--format", "json")
    assert [f["rule"] for f in result.json["findings"]].count("python/security/yaml-load-unsafe-default") == 1
    assert result.json["summary"]["files_checked"] == 1


def test_clean_file_exits_zero(postil, tmp_path):
    write(tmp_path / "ok.py", "def add(a, b):\n    return a + b\n")
    result = postil("check", tmp_path)
    assert result.code == 0
    assert "no findings" in result.stdout


def test_fail_on_controls_exit_code(postil, tmp_path):
    write(tmp_path / "m.py", "def f(x):\n    if x == None:\n        return 1\n")
    assert postil("check", tmp_path).code == 1
    assert postil("check", tmp_path, "--fail-on", "error").code == 0


def test_fix_rewrites_file_and_result_is_clean(postil, tmp_path):
    target = write(tmp_path / "m.py", "import yaml\n\ndef f(x, s):\n    if x == None:\n        return yaml.load(s)\n")
    result = postil("check", tmp_path, "--fix", "--select", "python/correctness/none-equality-comparison,python/security/yaml-load-unsafe-default")
    assert target.read_text() == "import yaml\n\ndef f(x, s):\n    if x is None:\n        return yaml.safe_load(s)\n"
    assert result.code == 0, result.stdout


def test_fingerprint_stable_across_unrelated_edits(postil, tmp_path):
    target = write(tmp_path / "m.py", "def f(x):\n    return eval(x)\n")
    first = postil("check", tmp_path, "--select", "python/security", "--format", "json").json["findings"]
    target.write_text("import os\n\n\ndef g():\n    return 1\n\n\ndef f(x):\n    return eval(x)\n")
    second = postil("check", tmp_path, "--select", "python/security", "--format", "json").json["findings"]
    assert [f["fingerprint"] for f in first] == [f["fingerprint"] for f in second]
    assert first[0]["line"] != second[0]["line"]


def test_select_and_ignore_by_prefix(postil, tmp_path):
    write(tmp_path / "m.py", "import pickle\n\ndef f(x, y=[]):\n    y.append(x)\n    return pickle.loads(x)\n")
    only_security = postil("check", tmp_path, "--select", "python/security", "--format", "json").json["findings"]
    assert only_security and all(f["rule"].startswith("python/security/") for f in only_security)
    without = postil("check", tmp_path, "--ignore", "python/security", "--format", "json").json["findings"]
    assert without and not any(f["rule"].startswith("python/security/") for f in without)


def test_repeated_select_and_ignore_add_up(postil, tmp_path):
    """As in ruff, a second --select adds rules; it does not silently drop the first."""
    write(tmp_path / "m.py", "import pickle\n\ndef f(x):\n    if x == None:\n        return pickle.loads(x)\n")
    both = postil("check", tmp_path, "--select", "python/security", "--select", "python/correctness", "--format", "json")
    assert {f["rule"].split("/")[1] for f in both.json["findings"]} == {"security", "correctness"}
    neither = postil("check", tmp_path, "--ignore", "python/security", "--ignore", "python/correctness", "--format", "json")
    assert not [f for f in neither.json["findings"] if f["rule"].split("/")[1] in ("security", "correctness")]


def test_sarif_output_is_valid_shape(postil, tmp_path):
    write(tmp_path / "m.py", "def f(x):\n    return eval(x)\n")
    sarif = json.loads(postil("check", tmp_path, "--format", "sarif").stdout)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    assert run["tool"]["driver"]["name"] == "postil"
    result = run["results"][0]
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert "postil/v1" in result["partialFingerprints"]


def test_statistics(postil, tmp_path):
    write(tmp_path / "m.py", "def f(a, b):\n    return a == None or b == None\n")
    result = postil("check", tmp_path, "--statistics")
    assert "2  python/correctness/none-equality-comparison [fixable]" in result.stdout


def test_gitignore_exclude_binary_and_huge_files_skipped(postil, tmp_path):
    bad = "def f(x):\n    return eval(x)\n"
    write(tmp_path / ".gitignore", "ignored/\n")
    write(tmp_path / "ignored" / "a.py", bad)
    write(tmp_path / "gen" / "b.py", bad)
    write(tmp_path / "pyproject.toml", '[tool.postil]\nexclude = ["gen/"]\nmax-file-size = 2000\n')
    write(tmp_path / "big.py", bad + "x = 1\n" * 1000)
    (tmp_path / "blob.py").write_bytes(b"\x00\x01eval(x)\x00")
    write(tmp_path / "real.py", bad)
    result = postil("check", ".", "--format", "json", cwd=tmp_path)
    paths = {Path(f["path"]).name for f in result.json["findings"]}
    assert paths == {"real.py"}
    skipped = {Path(s["path"]).name: s["reason"] for s in result.json["summary"]["files_skipped"]}
    assert "binary" in skipped["blob.py"] and "max-file-size" in skipped["big.py"]
    text = postil("check", ".", cwd=tmp_path).stdout
    assert "1 binary file skipped" in text and "blob.py" not in text  # counted, not named
    assert "skipped big.py: larger than max-file-size" in text


def test_bundles_minified_files_and_testdata_not_walked(postil, tmp_path):
    js = "function f(el, x) { el.innerHTML = x; }\n"
    for name in ("dist/app.js", "web/vendor.min.js", "web/app.bundle.js", "testdata/case.js", "src/app.js"):
        write(tmp_path / name, js)
    write(tmp_path / "web" / "app.js.map", '{"mappings": "eval(x)"}')
    result = postil("check", ".", "--format", "json", cwd=tmp_path)
    assert {Path(f["path"]).as_posix() for f in result.json["findings"]} == {"src/app.js"}
    named = postil("check", "dist/app.js", "--format", "json", cwd=tmp_path)
    assert named.json["findings"], "a file named on the command line is always checked"


def test_invalid_utf8_is_checked_but_not_fixed(postil, tmp_path):
    (tmp_path / "m.py").write_bytes(b"# caf\xe9\ndef f(x):\n    return x == None\n")
    result = postil("check", tmp_path, "--fix")
    assert "none-equality-comparison" in result.stdout
    assert "not valid UTF-8" in result.stdout
    assert (tmp_path / "m.py").read_bytes() == b"# caf\xe9\ndef f(x):\n    return x == None\n"


def test_bad_config_names_file_key_and_problem(postil, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.postil]\nfail-on = "sometimes"\n')
    write(tmp_path / "m.py", "x = 1\n")
    result = postil("check", ".", cwd=tmp_path)
    assert result.code == 2
    message = result.stderr.strip()
    assert "pyproject.toml" in message and "fail-on" in message and "sometimes" in message
    assert "Traceback" not in result.stderr and len(message.splitlines()) == 1


def test_unknown_config_key_and_invalid_toml(postil, tmp_path):
    write(tmp_path / ".postil.toml", "selcet = ['x']\n")
    result = postil("check", ".", cwd=tmp_path)
    assert result.code == 2 and ".postil.toml" in result.stderr and "selcet" in result.stderr and "unknown key" in result.stderr
    write(tmp_path / ".postil.toml", "select = [\n")
    result = postil("check", ".", cwd=tmp_path)
    assert result.code == 2 and "invalid TOML" in result.stderr


def test_nearest_config_wins(postil, tmp_path):
    bad = "def f(x):\n    return x == None\n"
    write(tmp_path / "pyproject.toml", "[tool.postil]\n")
    write(tmp_path / "a" / "m.py", bad)
    write(tmp_path / "b" / ".postil.toml", 'ignore = ["python/correctness"]\n')
    write(tmp_path / "b" / "m.py", bad)
    result = postil("check", ".", "--format", "json", cwd=tmp_path)
    assert {Path(f["path"]).parent.name for f in result.json["findings"]} == {"a"}


def test_per_file_ignores_and_severity_override(postil, tmp_path):
    bad = "def f(x):\n    return x == None\n"
    write(tmp_path / "pyproject.toml", '[tool.postil]\nseverity = { "python/correctness" = "error" }\n'
          '[tool.postil.per-file-ignores]\n"tests/*" = ["python/correctness/none-equality-comparison"]\n')
    write(tmp_path / "tests" / "t.py", bad)
    write(tmp_path / "src" / "m.py", bad)
    findings = postil("check", ".", "--format", "json", cwd=tmp_path).json["findings"]
    assert [Path(f["path"]).parent.name for f in findings] == ["src"]
    assert findings[0]["severity"] == "error"


def test_user_rule_dir_with_invalid_rule(postil, tmp_path):
    write(tmp_path / "rules" / "mine.yml",
          "id: team/no-print\nlanguage: python\nseverity: warning\nmessage: use logging, not $FN\n"
          "rule:\n  pattern: print($$$A)\nfix: log.info($$$A)\n---\n"
          "id: team/broken\nlanguage: python\nrule:\n  kind: not_a_kind\n---\n"
          "id: team/typo\nlanguage: python\nrule:\n  patern: x\n")
    write(tmp_path / "pyproject.toml", '[tool.postil]\nrule-dirs = ["rules"]\n')
    write(tmp_path / "m.py", "print('a', 1)\n")
    result = postil("check", ".", "--format", "json", cwd=tmp_path)
    [finding] = [f for f in result.json["findings"] if f["rule"] == "team/no-print"]
    assert finding["fix"]["description"] == "Replace with `log.info('a', 1)`"
    assert "team/broken" in result.stderr and "not_a_kind" in result.stderr
    assert "team/typo" in result.stderr and "patern" in result.stderr


def test_fix_that_breaks_syntax_is_not_offered(postil, tmp_path):
    write(tmp_path / "rules" / "bad.yml",
          "id: team/bad-fix\nlanguage: python\nmessage: m\nrule:\n  pattern: foo($A)\nfix: 'foo($A'\n")
    write(tmp_path / "pyproject.toml", '[tool.postil]\nrule-dirs = ["rules"]\n')
    write(tmp_path / "m.py", "foo(1)\n")
    [finding] = postil("check", ".", "--format", "json", cwd=tmp_path).json["findings"]
    assert finding["rule"] == "team/bad-fix" and finding["fix"] is None


def test_missing_path_is_usage_error(postil, tmp_path):
    result = postil("check", tmp_path / "nope")
    assert result.code == 2 and "no such file" in result.stderr


def test_version_and_rules_list(postil):
    assert postil("--version").stdout.startswith("postil ")
    rows = json.loads(postil("rules", "list", "--json").stdout)
    ids = {r["id"] for r in rows}
    assert "python/security/subprocess-shell-true" in ids and any(i.startswith("secrets/") for i in ids)
    assert any(r["fixable"] for r in rows)


def test_parallel_and_serial_agree(postil, tmp_path):
    for i in range(40):
        shutil.copy(DEMO / "app.py", tmp_path / f"app{i}.py")
    serial = postil("check", tmp_path, "--format", "json", "-j", "1").json["findings"]
    parallel = postil("check", tmp_path, "--format", "json", "-j", "2").json["findings"]
    assert serial == parallel and len(serial) >= 40


def test_bulk_scan_through_ast_grep_cli_matches_in_process_engine(postil, tmp_path):
    """From 64 files the rules run in ast-grep's CLI; results must be identical, TypeScript and
    non-ASCII text included."""
    sources = {
        "app.py": (DEMO / "app.py").read_text(),
        "server.js": (DEMO / "server.js").read_text(),
        "widget.ts": "// café ünïcode\nfunction show(el: HTMLElement, html: string) {\n  el.innerHTML = html;\n}\n",
        "store.go": (DEMO / "store.go").read_text(),
        "uni.py": "# ☃ snowman\ndef f(x, y=[]):\n    y.append(x)\n    return eval(x) == None\n",
    }
    for i in range(14):
        for name, text in sources.items():
            write(tmp_path / f"d{i}" / name, text)
    # Text that is not the file's bytes exactly: a BOM, and invalid UTF-8 before the finding.
    write(tmp_path / "bom.py", "\ufeffdef f(x):\n    return eval(x) == None\n")
    (tmp_path / "latin1.py").write_bytes(b"# caf\xe9 \xe9\xe9\ndef f(x):\n    return eval(x) == None\n")
    bulk = postil("check", tmp_path, "--format", "json").json
    in_process = postil("check", tmp_path, "--format", "json", "--in-process").json
    assert len(bulk["findings"]) >= 14 * 10
    assert bulk["findings"] == in_process["findings"]


def _die():
    import os

    os._exit(9)


def _die_at(i):
    _die()


def test_bulk_scan_survives_its_secret_worker_dying(tmp_path, monkeypatch, caplog):
    """The worker process that scans for secrets beside ast-grep may be killed: this process
    scans then, and every finding is still reported."""
    import base64
    import hashlib

    from postil import scan
    from postil.analyzers.checker import CheckerCache

    for i in range(70):
        key = "AKIA" + base64.b32encode(hashlib.sha256(str(i).encode()).digest()).decode()[:16]
        write(tmp_path / f"m{i}.py", f"import os\nAWS_KEY = '{key}'\nos.system('ls ' + x{i})\n")
    expected = scan.check_paths([tmp_path], CheckerCache(), jobs=2)
    monkeypatch.setattr(scan, "_secret_findings_forked", _die)
    survived = scan.check_paths([tmp_path], CheckerCache(), jobs=2)
    found = sorted((r.path.name, f.rule, f.span.start_line) for r in survived.reports for f in r.findings)
    assert found == sorted((r.path.name, f.rule, f.span.start_line) for r in expected.reports for f in r.findings)
    assert {rule for _, rule, _ in found} >= {"secrets/aws-access-key-id"}
    assert "secret scan's worker process failed" in caplog.text


def test_bulk_finishing_survives_a_dead_worker(tmp_path, monkeypatch, caplog):
    """Files left with matches when ast-grep ends go to worker processes; one that dies
    leaves them to this process, and their findings are all there."""
    from postil import scan
    from postil.analyzers.checker import CheckerCache
    from postil.analyzers.rules import bulk

    cache = CheckerCache()
    paths = [write(tmp_path / f"m{i}.py", f"import os\nos.system('ls ' + x{i})\n") for i in range(30)]
    checker = cache.for_path(paths[0])
    records = bulk.scan(checker.rules, paths)
    work = [((checker, *checker.read(p), [], None, None), records[p]) for p in paths]
    expected = [[f.rule for f in scan._finish_bulk(*item)[0]] for item in work]
    assert all(expected) and len(records) == 30
    monkeypatch.setattr(scan, "_finish_at", _die_at)
    outcomes = scan._finish_all(work, jobs=2)
    assert [[f.rule for f in findings] for findings, _hidden, _skipped in outcomes] == expected
    assert "a worker process failed" in caplog.text


def _frozen_at(i):
    import gc

    return [gc.get_freeze_count()], [], None


def test_bulk_finishing_workers_fork_with_the_heap_frozen(tmp_path, monkeypatch):
    """The workers that finish a bulk scan's files inherit this process's objects outside the
    garbage collector's generations (their collections would traverse and copy them all), and
    this process collects them again once the workers are done."""
    import gc

    from postil import scan
    from postil.analyzers.checker import CheckerCache

    cache = CheckerCache()
    paths = [write(tmp_path / f"m{i}.py", f"import os\nos.system('ls ' + x{i})\n") for i in range(30)]
    checker = cache.for_path(paths[0])
    work = [((checker, *checker.read(p), [], None, None), [{"ruleId": "r"}]) for p in paths]
    monkeypatch.setattr(scan, "_finish_at", _frozen_at)
    inherited = [findings[0] for findings, _hidden, _skipped in scan._finish_all(work, jobs=2)]
    assert len(inherited) == 30 and min(inherited) > 0
    assert gc.get_freeze_count() == 0


def test_bulk_narrowing_tests_requirements_as_requirement_met_does():
    """bulk.meeting (set operations over files) agrees with requirement_met on every built-in
    rule's requirement, for files holding none, some, each or all of its literals."""
    import random

    from postil.analyzers.rules import bulk
    from postil.analyzers.rules.literal_prefilter import requirement_literals, requirement_met
    from postil.analyzers.rules.loader import builtin_rules

    requirements = [r.requirement for r in builtin_rules()[0] if r.requirement is not None]
    assert any(not isinstance(r, str) and any(not isinstance(p, str) for p in r[1]) for r in requirements)
    rng = random.Random(14)
    for requirement in requirements:
        literals = sorted(requirement_literals(requirement), key=repr)  # (words and case-free literals are tuples)
        files = [set(), set(literals), {"unrelated"}, *({lit} for lit in literals),
                 *(set(rng.sample(literals, rng.randint(1, len(literals)))) for _ in range(8))]
        holders = {}
        for i, present in enumerate(files):
            for literal in present:
                holders.setdefault(literal, set()).add(i)
        expected = {i for i, present in enumerate(files) if requirement_met(requirement, present)}
        assert bulk.meeting(requirement, holders, set(), {}) == expected, requirement
        assert bulk.meeting(requirement, holders, {0}, {}) == expected | {0}  # an unread file gets every rule


def test_bulk_literal_search_finds_each_literal_a_file_holds_with_or_without_re2():
    """The pre-pass's RE2 set and its Aho-Corasick fallback (used where RE2's pass does not
    complete) find the same literals, regex syntax, non-ASCII and invalid UTF-8 included."""
    from postil.analyzers.rules.literal_search import LiteralSearch

    literals = ["request", "requests", ".*?", "\\z", "ünï", "a\nb", "$(", "exec"]
    texts = [b"", b"requests.get(x)", b"ex\xffec .*? \\z \xc3\xbcn\xc3\xaf", b"a\nb $( exec", b"\x00" * 100 + b"exec"]
    with_re2 = LiteralSearch(literals)
    assert with_re2._set is not None
    without = LiteralSearch(literals)
    without._set = None
    expected = [{lit for lit in literals if lit.encode() in text} for text in texts]
    assert [with_re2.within(t) for t in texts] == expected == [without.within(t) for t in texts]


def test_bulk_scan_sends_a_rule_only_to_files_holding_its_literals(tmp_path):
    """A rule whose API a file never names is not run there (ast-grep's `files`), and not sent
    at all when no file names it; a path glob syntax could misread gets every rule."""
    from postil.analyzers.rules import bulk, bulk_documents
    from postil.analyzers.rules.loader import builtin_rules

    rules = [r for r in builtin_rules()[0] if r.id in ("python/security/yaml-load-unsafe-default",
                                                       "python/security/weak-hash", "python/correctness/bare-except")]
    plain, yaml_user, odd = tmp_path / "plain.py", tmp_path / "loader.py", tmp_path / "we[ird].py"
    plain.write_text("def f():\n    try:\n        g()\n    except:\n        print(1)\n")
    yaml_user.write_text("import yaml\n\ndef f(s):\n    return yaml.load(s)\n")
    docs = bulk_documents.scan_documents(rules, {"python"})
    # (a document for ASCII files alone goes as its twin, see bulk._by_text)
    narrowed = {d["id"].removesuffix(bulk._ASCII_TWIN): d.get("files")
                for d in bulk._narrowed(docs, [str(plain), str(yaml_user)])[0]}
    assert narrowed == {"python/security/yaml-load-unsafe-default": [str(yaml_user)],
                        "python/correctness/bare-except": [str(plain)]}
    odd.write_text(yaml_user.read_text())
    assert all("files" not in d for d in bulk._narrowed(docs, [str(plain), str(odd)])[0])
    if bulk.ast_grep_binary() is not None:
        found = bulk.scan(rules, [plain, yaml_user, odd])
        assert {path.name: sorted(r["ruleId"] for r in records) for path, records in found.items()} == {
            "plain.py": ["python/correctness/bare-except"],
            "loader.py": ["python/security/yaml-load-unsafe-default"],
            "we[ird].py": ["python/security/yaml-load-unsafe-default"]}


def test_a_selector_that_matches_no_rule_is_a_config_error_with_a_suggestion(postil, tmp_path):
    write(tmp_path / "m.py", "import os\nos.system(cmd)\n")
    result = postil("check", ".", "--select", "python/securty", cwd=tmp_path)
    assert result.code == 2 and "--select: 'python/securty' matches no rule (did you mean 'python/security'?)" in result.stderr
    assert "All clear" not in result.stdout
    two = postil("check", ".", "--select", "nope/a", "--select", "nope/b", cwd=tmp_path).stderr
    assert "'nope/a' matches no rule; --select: 'nope/b' matches no rule" in two and "\\n" not in two
    write(tmp_path / "pyproject.toml", '[tool.postil]\n[tool.postil.per-file-ignores]\n"tests/*" = ["secrets/generic-password"]\n')
    result = postil("check", ".", cwd=tmp_path)
    assert result.code == 2 and "pyproject.toml" in result.stderr and 'per-file-ignores."tests/*"' in result.stderr
    assert "'secrets/generic-password' matches no rule" in result.stderr and "Traceback" not in result.stderr
    write(tmp_path / "pyproject.toml", '[tool.postil]\nseverity = { "python/security" = "info", "secrets" = "off" }\n')
    result = postil("check", ".", cwd=tmp_path)  # prefixes of real rules are fine
    assert result.code == 0 and "info python/security/" in result.stdout


def test_rules_show_explains_one_rule_like_ruff_rule(postil, tmp_path):
    rule = "python/correctness/none-equality-comparison"
    result = postil("rules", "show", rule, "--json", cwd=tmp_path)
    assert result.code == 0, result.stderr
    info = result.json
    assert (info["id"], info["severity"], info["languages"], info["fixable"]) == (rule, "warning", ["python"], True)
    assert info["note"].startswith("Use `is None`") and info["url"].startswith("https://")
    assert "== None" in info["reported"][0] and "is None" in info["not_reported"][0]
    text = postil("rules", "show", rule, cwd=tmp_path)
    assert text.code == 0 and "How to fix: Use `is None`" in text.stdout and f"postil: ignore[{rule}]" in text.stdout


def test_rules_show_unknown_id_suggests_the_closest(postil, tmp_path):
    result = postil("rules", "show", "python/correctness/none-equality-comparisn", cwd=tmp_path)
    assert result.code == 2 and "Traceback" not in result.stderr
    assert "did you mean 'python/correctness/none-equality-comparison'" in result.stderr


def test_a_git_ignored_directory_named_on_the_command_line_is_checked(postil, tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    write(tmp_path / ".gitignore", "vendored/\n")
    write(tmp_path / "vendored" / "lib" / "m.py", "eval(expr)\n")
    assert "All clear" in postil("check", ".", cwd=tmp_path).stdout  # walked from the top: ignored
    named = postil("check", "vendored/lib", cwd=tmp_path)
    assert named.code == 1 and "vendored/lib/m.py:1:1" in named.stdout  # named on purpose: checked


def test_postil_toml_takes_a_pasted_tool_postil_table_but_not_another_tools(postil, tmp_path):
    write(tmp_path / "m.py", "def f(x):\n    return x == None\n")
    write(tmp_path / ".postil.toml", '[tool.postil]\nignore = ["python/correctness"]\n')
    assert postil("check", tmp_path / "m.py").code == 0
    write(tmp_path / ".postil.toml", "[tool.ruff]\nline-length = 100\n")
    result = postil("check", tmp_path / "m.py")
    assert result.code == 2 and "tool: unknown key" in result.stderr


def test_a_bulk_scan_finds_each_file_s_path_in_the_project_without_resolving_it_again(tmp_path, monkeypatch):
    """A scan resolves each directory once (to pick its config); the checks of its files take
    their paths in the project (what the rules' files/ignores globs match) from that, not from
    resolving each file's path again (~2% of checking a tree of small files)."""
    from postil import scan
    from postil.analyzers.checker import Checker, CheckerCache

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".postil.toml").write_text('[per-file-ignores]\n"views/m1*.py" = ["python/security"]\n')
    paths = [write(tmp_path / "views" / f"m{i}.py", f"import os\nos.system('ls ' + x{i})\n") for i in range(70)]
    inside, resolved = [False], []
    original_resolve, original_relative = Path.resolve, Checker.relative

    def resolve(self, strict=False):
        if inside[0]:
            resolved.append(self)
        return original_resolve(self, strict)

    def relative(self, *args, **kwargs):
        inside[0] = True
        try:
            return original_relative(self, *args, **kwargs)
        finally:
            inside[0] = False

    monkeypatch.setattr(Path, "resolve", resolve)
    monkeypatch.setattr(Checker, "relative", relative)
    result = scan.check_paths([tmp_path], CheckerCache(), jobs=1)
    found = {r.path.name for r in result.reports if r.findings}
    assert resolved == []
    # the paths are the project's all the same: the per-file ignore matches views/m1*.py only
    assert found == {p.name for p in paths} - {p.name for p in paths if p.name.startswith("m1")}


def test_a_project_outside_git_is_its_own_root_so_folders_above_it_do_not_make_it_test_code(postil, tmp_path):
    # no repository and no config: the folder named on the command line is the project, as Semgrep
    # takes the scanned folder; test-code policy (security findings quiet in tests/) goes by paths in it
    write(tmp_path / "tests" / "shop" / "app.py", "import os\n\ndef run(name):\n    os.system('ls ' + name)\n")
    write(tmp_path / "tests" / "shop" / "tests" / "test_app.py", "import os\n\ndef test_it(n):\n    os.system('ls ' + n)\n")
    for named in ("tests/shop", "tests/shop/app.py"):
        run = postil("check", named, cwd=tmp_path)
        assert run.code == 1 and "tests/shop/app.py:4:5" in run.stdout, named
    assert "test_app.py" not in postil("check", "tests/shop", cwd=tmp_path).stdout  # the project's own tests
    assert "All clear" in postil("check", ".", cwd=tmp_path).stdout  # from above: all of it is under tests/


def test_a_config_kept_elsewhere_does_not_cut_a_project_outside_git_from_its_own_modules(postil, tmp_path):
    # a team's config in another folder (`--config`) and no repository: request data passed to a
    # helper module of the checked project is followed there, as without the option
    write(tmp_path / "app" / "views.py", "from flask import Flask, request\n\nfrom app.shell import run\n\n"
          "app = Flask(__name__)\n\n\n@app.route('/ping')\ndef ping():\n    return run('ping ' + request.args['host'])\n")
    write(tmp_path / "app" / "shell.py", "import subprocess\n\n\ndef run(command):\n"
          "    return subprocess.check_output(command, shell=True)\n")
    write(tmp_path / "app" / "__init__.py", "")
    write(tmp_path / "team" / "postil.toml", "[tool.postil]\n")
    for options in ((), ("--config", "team/postil.toml")):
        run = postil("check", "--no-cache", "app", *options, cwd=tmp_path)
        assert "app/shell.py:5:12: error python/security/tainted-command" in run.stdout, options


def test_no_all_clear_when_a_file_was_skipped_unchecked(postil, tmp_path):
    """A file skipped for a limit was not checked: the summary says so and never "All clear"
    (a binary file is not code to check: it does not spoil the all-clear)."""
    write(tmp_path / "pyproject.toml", '[tool.postil]\nmax-file-size = 2000\n')
    write(tmp_path / "big.py", "def f(x):\n    return eval(x)\n" + "x = 1\n" * 1000)
    text = postil("check", ".", cwd=tmp_path).stdout
    assert "All clear" not in text and text.splitlines()[-1].startswith("No findings in ") and ", 1 skipped" in text
    assert "skipped big.py: larger than max-file-size" in text
    (tmp_path / "big.py").unlink()
    (tmp_path / "blob.py").write_bytes(b"\x00\x01eval(x)\x00")
    write(tmp_path / "ok.py", "x = 1\n")
    assert "All clear: no findings in 2 files, 1 skipped" in postil("check", ".", cwd=tmp_path).stdout


def test_a_check_in_process_leaves_garbage_collection_as_it_found_it(tmp_path, monkeypatch):
    """A check collects garbage as a batch does (check_command.batch_collection); a caller in the
    same process (these tests, a tool running checks) gets its thresholds back, nothing left frozen."""
    import gc

    from postil.cli import main

    write(tmp_path / "m.py", "import os\n\ndef run(request):\n    os.system(request.args['cmd'])\n")
    monkeypatch.chdir(tmp_path)
    before = (gc.get_threshold(), gc.get_freeze_count())
    assert main(["check", "--no-cache", "--exit-zero", "--format", "json", "."]) == 0
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
