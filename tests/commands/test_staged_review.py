"""`postil review --staged` / `--diff` / `--base` against real git repositories."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # real git repositories, and `postil review` in a subprocess

NONE_RULE = "python/correctness/none-equality-comparison"

CLEAN = "".join(f"def f{i}(x):\n    return x + {i}\n\n\n" for i in range(8))


def numbered(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def test_partial_staging_reviews_the_staged_hunk_only(repo):
    lines = [f"value_{i} = {i}" for i in range(40)]
    repo.write("m.py", numbered(lines))
    repo.commit_all()
    edited = list(lines)
    edited[2] = "staged_bad = value_1 == None"
    edited[35] = "unstaged_bad = value_2 == None"
    repo.write("m.py", numbered(edited))
    # `git add -p` equivalent: stage only the first hunk through a partial patch.
    patch = repo.git("diff", "-U0", "m.py")
    header, first_hunk = patch.split("\n@@")[0], patch.split("\n@@")[1]
    repo.git("apply", "--cached", "--unidiff-zero", input=f"{header}\n@@{first_hunk}\n".encode())
    assert "staged_bad" in repo.staged("m.py") and "unstaged_bad" not in repo.staged("m.py")
    before = repo.state()

    result = repo.review("--staged")

    assert result.code == 1
    assert result.rules_at() == [("m.py", 3, NONE_RULE)]
    assert repo.state() == before  # neither the index nor the work tree changed
    assert "unstaged_bad" in repo.read("m.py")


def test_finding_on_an_unchanged_line_is_not_reported(repo):
    repo.write("m.py", "def f(x):\n    if x == None:\n        return 0\n    return x\n")
    repo.commit_all()
    repo.write("m.py", "def f(x):\n    if x == None:\n        return 0\n    return x * 2\n")
    repo.git("add", "m.py")

    result = repo.review("--staged")
    assert result.code == 0 and result.rules_at() == []
    assert result.json["summary"]["coverage"]["reviewed"] == [{"path": "m.py", "hunks": 1}]

    everything = repo.review("--staged", "--all-lines")
    assert everything.code == 1 and everything.rules_at() == [("m.py", 2, NONE_RULE)]


def test_sql_built_on_a_changed_line_and_run_on_an_unchanged_one_is_reported(repo):
    lookup = 'def lookup(conn, user_id):\n    q = {}\n    cur = conn.cursor()\n    cur.execute(q)\n'
    repo.write("db.py", lookup.format('"SELECT * FROM users WHERE id = 1"'))
    repo.commit_all()
    repo.write("db.py", lookup.format('"SELECT * FROM users WHERE id = \'%s\'" % user_id'))
    repo.git("add", "db.py")

    result = repo.review("--staged")
    assert result.code == 1 and result.rules_at() == [("db.py", 2, "python/security/sql-injection")]


RUN_JS = 'const { exec } = require("child_process");\n\nfunction runTool(name) {\n  exec("tool " + name);\n}\n\nmodule.exports = { runTool };\n'
ROUTES_JS = 'const express = require("express");\n{}const router = express.Router();\n{}module.exports = router;\n'


def test_a_new_js_route_handing_request_data_to_an_unchanged_helper_is_reported_at_its_call(repo):
    """The helper's sink line is unchanged, so the review warns where the change hands it request
    data (a check of the tree reports the flow once, at the sink; a review would report it nowhere)."""
    repo.write("lib/run.js", RUN_JS)
    repo.write("routes/tools.js", ROUTES_JS.format("", ""))
    repo.commit_all()
    call = 'router.get("/run", (req, res) => {\n  runTool(req.query.name);\n  res.send("done");\n});\n'
    repo.write("routes/tools.js", ROUTES_JS.format('const { runTool } = require("../lib/run");\n', call))
    repo.git("add", "routes/tools.js")

    result = repo.review("--staged")
    assert result.code == 1 and result.rules_at() == [("routes/tools.js", 5, "js/security/tainted-command")]


SERVICE_TS = (
    "import { Injectable } from '@nestjs/common';\nimport * as fs from 'fs';\n\n@Injectable()\n"
    "export class FilesService {\n  read(name: string): string {\n"
    "    return fs.readFileSync('/srv/files/' + name, 'utf8');\n  }\n}\n"
)
CONTROLLER_TS = (
    "import {{ Controller, Get, Query }} from '@nestjs/common';\nimport {{ FilesService }} from './files.service';\n\n"
    "@Controller('files')\nexport class FilesController {{\n  constructor(private readonly files: FilesService) {{}}\n{}}}\n"
)


def test_a_new_controller_method_handing_request_data_to_an_unchanged_service_is_reported_at_its_call(repo):
    """As for a helper function: the service method's sink line is unchanged, so a review that left
    the call unreported would say all clear about a new path traversal (a tree check reports it
    once, in the service)."""
    repo.write("src/files.service.ts", SERVICE_TS)
    repo.write("src/files.controller.ts", CONTROLLER_TS.format(""))
    repo.commit_all()
    method = "\n  @Get()\n  show(@Query('name') name: string) {\n    return this.files.read(name);\n  }\n"
    repo.write("src/files.controller.ts", CONTROLLER_TS.format(method))
    repo.git("add", "src/files.controller.ts")

    result = repo.review("--staged")
    assert result.code == 1 and result.rules_at() == [("src/files.controller.ts", 10, "js/security/tainted-path")]


def test_staged_content_is_reviewed_not_the_working_tree(repo):
    repo.write("m.py", CLEAN)
    repo.commit_all()
    repo.write("m.py", CLEAN + "bad = f1(1) == None\n")
    repo.git("add", "m.py")
    repo.write("m.py", CLEAN + "good = f1(1) is None\n")  # fixed in the work tree, not staged

    result = repo.review("--staged")
    assert result.rules_at() == [("m.py", 33, NONE_RULE)]


def test_rename_with_edits_reports_only_the_new_lines(repo):
    repo.write("old_name.py", CLEAN + "legacy = f1(1) == None\n")
    repo.commit_all()
    repo.git("mv", "old_name.py", "new_name.py")
    repo.write("new_name.py", CLEAN + "legacy = f1(1) == None\nfresh = f2(2) == None\n")
    repo.git("add", "new_name.py")
    assert repo.git("diff", "--cached", "--name-status", "-M").startswith("R")

    result = repo.review("--staged")
    assert result.rules_at() == [("new_name.py", 34, NONE_RULE)]
    assert result.json["summary"]["coverage"]["reviewed"] == [{"path": "new_name.py", "hunks": 1}]


def test_pure_rename_and_deletion_are_listed_with_reasons(repo):
    repo.write("moved.py", CLEAN + "x = f1(1) == None\n")
    repo.write("gone.py", "y = f(1) == None\n")
    repo.commit_all()
    repo.git("mv", "moved.py", "moved_to.py")
    repo.git("rm", "-q", "gone.py")

    result = repo.review("--staged")
    assert result.code == 0 and result.rules_at() == []
    skipped = result.skipped()
    assert skipped["gone.py"] == "deleted"
    assert "renamed from moved.py without changes" in skipped["moved_to.py"]


def test_initial_commit_without_head(repo):
    repo.write("first.py", "import yaml\n\ndef load(s):\n    return yaml.load(s)\n")
    repo.git("add", "first.py")

    result = repo.review("--staged")
    assert result.code == 1
    assert ("first.py", 4, "python/security/yaml-load-unsafe-default") in result.rules_at()
    assert "initial commit" in result.json["summary"]["coverage"]["label"]


def test_binary_mode_only_and_submodule_are_skipped_and_said_so(repo):
    repo.write("tool.py", "z = f(1) == None\n")
    repo.commit_all()
    repo.write("blob.py", b"x = f(1) == None\n\0\1\2binary")
    (repo.root / "tool.py").chmod(0o755)
    repo.git("add", "blob.py", "tool.py")
    sub_commit = repo.git("rev-parse", "HEAD").strip()
    repo.git("update-index", "--add", "--cacheinfo", f"160000,{sub_commit},vendor/lib")

    result = repo.review("--staged")
    assert result.code == 0 and result.rules_at() == []
    skipped = result.skipped()
    assert skipped["blob.py"] == "binary"
    assert skipped["tool.py"].startswith("mode change only (100644 -> 100755)")
    assert skipped["vendor/lib"].startswith("submodule")

    text = repo.postil("review", "--staged")
    assert "skipped vendor/lib: submodule" in text.stdout
    assert "skipped blob.py: binary" in text.stdout


def test_paths_with_spaces_quotes_and_non_ascii_names(repo):
    names = ["dir with space/café módulo.py", 'odd "quoted" name.py', "日本語.py"]
    for name in names:
        repo.write(name, "old = f(1) == None\n" + CLEAN)
    repo.commit_all()
    for name in names:
        repo.write(name, "old = f(1) == None\n" + CLEAN + "new = f(2) == None\n")
        repo.git("add", name)

    result = repo.review("--staged")
    assert sorted(result.rules_at()) == sorted((name, 34, NONE_RULE) for name in names)


def test_review_from_a_subdirectory_names_paths_relative_to_it(repo):
    repo.write("pkg/m.py", CLEAN)
    repo.commit_all()
    repo.write("pkg/m.py", "bad = 1 == None\n" + CLEAN)
    repo.git("add", "pkg/m.py")

    result = repo.review("--staged", cwd=repo.root / "pkg")
    assert result.rules_at() == [("m.py", 1, NONE_RULE)]


def test_excluded_and_oversized_files_are_listed(repo):
    repo.write(".postil.toml", 'exclude = ["generated/"]\nmax-file-size = 2000\n')
    repo.commit_all()
    repo.write("generated/out.py", "bad = 1 == None\n")
    repo.write("big.py", "bad = 1 == None\n" + "# padding line\n" * 200)
    repo.git("add", "generated/out.py", "big.py")

    result = repo.review("--staged")
    assert result.rules_at() == []
    skipped = result.skipped()
    assert "exclude" in skipped["generated/out.py"]
    assert skipped["big.py"].startswith("larger than max-file-size")


def test_diff_and_base_review_the_branch_commits(repo):
    repo.write("app.py", "legacy = f(1) == None\n" + CLEAN)
    repo.commit_all("base")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("app.py", "legacy = f(1) == None\n" + CLEAN + "branch_bad = f(2) == None\n")
    repo.commit_all("feature work")
    repo.write("app.py", "uncommitted = f(3) == None\n" + repo.read("app.py"))  # not part of the branch

    base = repo.review("--base", "main")
    assert base.code == 1 and base.rules_at() == [("app.py", 34, NONE_RULE)]
    assert "merge-base with main" in base.json["summary"]["coverage"]["label"]

    diff = repo.review("--diff", "HEAD~1")
    assert diff.rules_at() == [("app.py", 34, NONE_RULE)]

    sarif = repo.postil("review", "--base", "main", "--format", "sarif")
    assert sarif.code == 1 and '"ruleId": "python/correctness/none-equality-comparison"' in sarif.stdout

    unknown = repo.review("--diff", "no-such-rev")
    assert unknown.code == 2 and "unknown revision" in unknown.stderr


def test_unmerged_entries_are_skipped_during_a_conflicted_merge(repo):
    repo.write("c.py", "value = 1\n")
    repo.commit_all("base")
    repo.git("checkout", "-q", "-b", "other")
    repo.write("c.py", "value = 2\n")
    repo.commit_all("other")
    repo.git("checkout", "-q", "main")
    repo.write("c.py", "value = 3\n")
    repo.write("clean.py", "ok = f(1) == None\n")
    repo.commit_all("main")
    repo.git("merge", "-q", "other", check=False)
    assert "UU c.py" in repo.git("status", "--short")

    result = repo.review("--staged")
    assert result.json["summary"]["coverage"]["skipped"] == [
        {"path": "c.py", "reason": "unmerged: resolve the conflict and stage the file"}]
    assert any("merge in progress" in n for n in result.json["summary"]["coverage"]["notes"])


def test_rules_only_is_said_once_and_no_llm_silences_it(repo):
    repo.write("m.py", CLEAN)
    repo.git("add", "m.py")
    result = repo.review("--staged")
    assert result.stderr.count("no LLM provider configured") == 1
    assert "no LLM provider" not in repo.review("--staged", "--no-llm").stderr


def test_dry_run_lists_units_and_sends_nothing_without_a_provider(repo):
    repo.write("m.py", CLEAN)
    repo.commit_all()
    repo.write("m.py", CLEAN + "extra = 1\nmore = 2\n")
    repo.git("add", "m.py")
    result = repo.postil("review", "--staged", "--dry-run")
    assert result.code == 0
    assert "m.py (modified): 1 hunk(s), lines 33-34" in result.stdout
    assert "no units would be sent to the LLM" in result.stdout


def test_outside_a_git_repository_is_a_usage_error(repo, tmp_path):
    outside = tmp_path / "not-a-repo"
    outside.mkdir()
    result = repo.postil("review", "--staged", cwd=outside, env={"GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert result.code == 2 and "not inside a git work tree" in result.stderr


def test_paths_limit_a_staged_review(repo):
    repo.write("a/one.py", "bad = 1 == None\n")
    repo.write("b/two.py", "bad = 2 == None\n")
    repo.git("add", "a", "b")
    result = repo.review("--staged", "a")
    assert result.rules_at() == [("a/one.py", 1, NONE_RULE)]
    assert result.json["summary"]["coverage"]["files_reviewed"] == 1


def test_symlink_is_skipped_and_type_change_to_a_file_is_reviewed(repo):
    repo.write("target.py", "x = 1\n")
    (repo.root / "link.py").symlink_to("target.py")
    repo.commit_all()
    (repo.root / "new_link.py").symlink_to("target.py")
    (repo.root / "link.py").unlink()
    repo.write("link.py", "now_a_file = 1 == None\n")
    repo.git("add", "link.py", "new_link.py")

    result = repo.review("--staged")
    assert result.rules_at() == [("link.py", 1, NONE_RULE)]
    assert result.skipped() == {"new_link.py": "symlink"}


def test_review_of_paths_checks_whole_files_like_check(repo):
    repo.write("m.py", "import yaml\n\ndef f(x, s):\n    if x == None:\n        return yaml.load(s)\n")
    review = repo.review("m.py")
    check = repo.postil("check", "m.py", "--format", "json")
    assert review.code == check.code == 1
    assert review.rules_at() == [(f["path"], f["line"], f["rule"]) for f in check.json["findings"]]
    assert len(review.rules_at()) == 2
