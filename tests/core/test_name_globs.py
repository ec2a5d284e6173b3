"""Name globs are matched without pathspec (issue 34: its import is a tenth of checking one
file) and exactly as pathspec matches them: the same verdict on every path, for patterns and
paths drawn at random from a small alphabet (so that they often meet), and the default
test-paths; any other pattern or path goes to pathspec."""

from __future__ import annotations

import pathspec
from hypothesis import given, settings
from hypothesis import strategies as st

from postil.config.model import DEFAULT_TEST_PATHS
from postil.core.name_globs import NameGlobs
from postil.core.walk import _read_ignore, gitignore_spec

NAME_PIECES = st.sampled_from(["a", "b", "t", "test", "s", ".", "_", "-", "*", "?", "[ab]", "[t1]", "py", ".py"])
GLOBS = st.builds(lambda pieces, slash: "".join(pieces) + ("/" if slash else ""),
                  st.lists(NAME_PIECES, min_size=1, max_size=4), st.booleans())
COMPONENTS = st.sampled_from(["a", "b", "t", "test", "tests", "a.py", "test_a.py", "b.ts", ".t", "ab", "_", "x-y"])
PATHS = st.builds(lambda parts, slash, prefix: prefix + "/".join(parts) + ("/" if slash else ""),
                  st.lists(COMPONENTS, min_size=1, max_size=4), st.booleans(), st.sampled_from(["", "", "", "./", "/"]))


def reference(lines: list[str]):
    return pathspec.GitIgnoreSpec.from_lines(lines)


@settings(max_examples=1500, deadline=None)
@given(st.lists(GLOBS, min_size=0, max_size=4), st.lists(PATHS, min_size=1, max_size=8))
def test_name_globs_match_as_pathspec_does(lines, paths):
    spec = gitignore_spec(lines)
    expected = reference(lines)
    for path in paths:
        assert spec.match_file(path) == expected.match_file(path), (lines, path, type(spec).__name__)


def test_the_default_test_paths_need_no_pathspec():
    spec = gitignore_spec(DEFAULT_TEST_PATHS)
    assert isinstance(spec, NameGlobs)
    expected = reference(list(DEFAULT_TEST_PATHS))
    for path in ("tests/a.py", "src/pkg/test_io.py", "pkg/io_test.go", "web/x.test.tsx", "x.spec.js", "app.py",
                 "conftest.py", "lib/fixtures/data.json", "testing/", "src/testdata/x", "a/__tests__/b.js", "test.py"):
        assert spec.match_file(path) == expected.match_file(path), path


def test_an_ignore_file_of_comments_alone_needs_no_pathspec(tmp_path):
    """git's default ``.git/info/exclude`` (every repository has one) holds comments alone: a walk
    of the repository read it through pathspec, ~56 M instructions of imports a check need not pay."""
    exclude = tmp_path / "exclude"
    exclude.write_text("# git ls-files --others --exclude-from=.git/info/exclude\n# *.[oa]\n# *~\n")
    spec = _read_ignore(str(exclude))
    assert isinstance(spec, NameGlobs)
    assert not any(spec.match_file(path) for path in ("a.py", "x/b.o", "c~", "./a.py", "/d/e"))


def test_other_patterns_go_to_pathspec():
    for lines in (["/build"], ["docs/*.md"], ["!keep.py", "*.py"], ["**/x"], ["a\\ b"], ["# comment"], [""], ["[!a]"]):
        assert not isinstance(gitignore_spec(lines), NameGlobs), lines
