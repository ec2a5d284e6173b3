"""A staged file past max-file-size: ``postil review --staged`` read git's whole ``-U0`` diff of
it (a 180 MB file: a 510 MB peak in postil and 547 MB in git counting its lines), then skipped
it and passed. Its diff is now never asked of git (only its first bytes, to tell binary from
text), and a change review that left a changed source file unread for its size cannot pass: a
change could pad a file past the limit to pass unread. Binary files and other text (lockfiles) still pass."""

from __future__ import annotations

import pytest

from postil import git
from postil.core import gitcmd

pytestmark = pytest.mark.slow  # real git repositories

FINDING = "import os\n\n\ndef run(command):\n    os.system(command)\n"
PADDED = FINDING + "# padding line\n" * 400  # ~6 KB, past the project's limit below


def test_a_file_too_large_to_review_fails_the_review(repo):
    repo.write(".postil.toml", "max-file-size = 4000\n")
    repo.write("app.py", "x = 1\n")
    repo.commit_all()
    repo.write("app.py", PADDED)
    repo.git("add", "app.py")

    result = repo.review("--staged")

    assert result.skipped()["app.py"].startswith("larger than max-file-size")
    assert result.code == 1
    assert "1 changed source file(s) are larger than max-file-size" in result.json["summary"]["incomplete"]
    text = repo.postil("review", "--staged")
    assert text.code == 1 and "larger than max-file-size and were not reviewed" in text.stdout


def test_a_large_lockfile_is_listed_as_skipped_and_passes(repo):
    """Only source files fail the review for their size: a lockfile past the limit (npm's are often
    1–3 MB) is listed as skipped, and a commit that updates it is not blocked."""
    repo.write(".postil.toml", "max-file-size = 4000\n")
    repo.commit_all()
    repo.write("package-lock.json", '{"lockfileVersion": 3, "packages": {' + '"node_modules/a": {"version": "1.0.0"},' * 200 + '}}\n')
    repo.git("add", "package-lock.json")

    result = repo.review("--staged")

    assert result.skipped()["package-lock.json"].startswith("larger than max-file-size")
    assert result.code == 0 and result.json["summary"].get("incomplete") is None


def test_a_large_binary_file_and_an_excluded_one_pass(repo):
    repo.write(".postil.toml", 'max-file-size = 4000\nexclude = ["generated/"]\n')
    repo.commit_all()
    repo.write("logo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 40)
    repo.write("generated/out.py", PADDED)
    repo.git("add", "logo.png", "generated/out.py")

    result = repo.review("--staged")

    assert result.skipped() == {"logo.png": "binary", "generated/out.py": "excluded by the config's exclude"}
    assert result.code == 0 and result.json["summary"].get("incomplete") is None


def test_the_diff_of_a_file_too_large_is_not_read(repo, monkeypatch):
    repo.write("small.py", "x = 1\n")
    repo.commit_all()
    repo.write("small.py", "x = 2\n")
    repo.write("huge.py", "value = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\n" * 100_000)  # 5 MB
    repo.git("add", "small.py", "huge.py")
    read = []
    lines = gitcmd.lines
    monkeypatch.setattr(gitcmd, "lines", lambda *a, **kw: (read.append(len(line)) or line for line in lines(*a, **kw)))

    changes = {c.path: c for c in git.staged_changes(repo.root, lambda path: 1_000_000).changes}

    assert [str(h) for h in changes["small.py"].hunks] == ["@@ -1,1 +1,1 @@"]
    assert changes["huge.py"].hunks == [] and not changes["huge.py"].binary
    assert 0 < sum(read) < 1000  # the small file's diff, not the large one's 5 MB


def test_a_diff_line_past_the_kept_length_is_cut_not_held(repo):
    repo.write("one_line.js", "x = 1;\n")
    repo.commit_all()
    repo.write("one_line.js", "var a = [" + "1," * 2_000_000 + "];\n")  # one 4 MB line
    repo.git("add", "one_line.js")

    lines = list(gitcmd.lines(repo.root, ["diff", "--cached", "-U0", "--no-color", "--no-ext-diff"]))

    assert max(map(len, lines)) == gitcmd.LINE_KEPT
    hunks = git.parse_patch_hunks(lines)
    assert [str(h) for h in hunks["one_line.js"]] == ["@@ -1,1 +1,1 @@"]


def test_blob_heads_reads_the_first_bytes_of_each_blob(repo):
    repo.write("a.txt", "a" * 10_000)
    repo.write("b.txt", "short\n")
    repo.git("add", "a.txt", "b.txt")
    oids = {name: repo.git("rev-parse", f":{name}").strip() for name in ("a.txt", "b.txt")}

    heads = git.blob_heads(repo.root, [oids["a.txt"], "0" * 40, oids["b.txt"]], 8000)

    assert heads == {oids["a.txt"]: b"a" * 8000, oids["b.txt"]: b"short\n"}
