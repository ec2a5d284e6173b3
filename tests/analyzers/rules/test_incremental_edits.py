"""Random edits typed into an open document (issue 31, item 9): inside functions and methods, on
decorators and class bodies, renaming a function, changing where data enters. After every edit
what the editor is shown is what a check of the whole new text finds (tests/analyzers/rules/
test_incremental.py's Document compares the two), and an edit inside one function checks few of
the document's functions again (counted, never timed)."""

from __future__ import annotations

import ast
import random

import pytest

from tests.analyzers.rules.test_incremental import REPO, Document

CORPUS = REPO / "bench" / "corpora"
TYPED = ["pass", "x_ = 1", "os.system(request.args['q'])", "cmd_ = input()", "subprocess.run(cmd_, shell=True)",
         "return eval(request.args.get('e'))"]
SOURCES = [("request.args", "request.cookies"), ("input()", "'ls'"), ("request.GET", "request.POST"),
           ("'ls'", "input()"), ("request.cookies", "request.args"), ("request.POST", "request.GET")]


def _statements(function: ast.AST, lines: list[str]) -> list[ast.stmt]:
    """The statements inside a function that start their line (one can be typed above each)."""
    return [s for s in ast.walk(function) if isinstance(s, ast.stmt) and s is not function
            and len(lines[s.lineno - 1]) - len(lines[s.lineno - 1].lstrip()) == s.col_offset]


def _edit(text: str, kind: str, rnd: random.Random) -> str | None:
    """``text`` with one edit of ``kind`` made at a random place (None: no such place)."""
    lines = text.split("\n")
    tree = ast.parse(text)
    functions = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    methods = [m for c in tree.body if isinstance(c, ast.ClassDef) for m in c.body
               if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))]
    if kind in ("function", "method"):
        places = [s for f in (functions if kind == "function" else methods) for s in _statements(f, lines)]
        if not places:
            return None
        at = rnd.choice(places)
        lines.insert(at.lineno - 1, " " * at.col_offset + rnd.choice(TYPED))
    elif kind == "decorator":
        decorators = [d for f in functions + methods for d in f.decorator_list if d.lineno == d.end_lineno]
        if not decorators:
            return None
        at = rnd.choice(decorators)
        line = lines[at.lineno - 1]
        lines[at.lineno - 1:at.lineno] = rnd.choice([[], [line, line], [line.replace('("/', '("/v2/')]])
    elif kind == "class body":
        bodies = [s for c in tree.body if isinstance(c, ast.ClassDef) for s in c.body]
        if not bodies:
            return None
        at = rnd.choice(bodies)
        lines.insert(at.lineno - 1 - len(getattr(at, "decorator_list", ())), " " * at.col_offset + "limit_ = 3")
    elif kind == "rename":
        at = rnd.choice(functions + methods)
        line = lines[at.lineno - 1]
        lines[at.lineno - 1] = line.replace(f"def {at.name}(", f"def {at.name}_r(", 1)
    else:  # where data enters
        pairs = [(old, new) for old, new in SOURCES if old in text]
        if not pairs:
            return None
        old, new = rnd.choice(pairs)
        starts = [i for i in range(len(text)) if text.startswith(old, i)]
        start = rnd.choice(starts)
        return text[:start] + new + text[start + len(old):]
    return "\n".join(lines)


KINDS = ("function", "method", "decorator", "class body", "rename", "source")


def _typed(tmp_path, names: list[str], edits: int, seed: str) -> dict[str, list[tuple[int, int]]]:
    """Random edits to the corpus files ``names`` joined, each checked against a whole check;
    (recomputed, of) of each edit, by kind."""
    text = "\n\n".join((CORPUS / name).read_text() for name in names)
    doc = Document(tmp_path, text)
    rnd = random.Random(seed)
    work: dict[str, list[tuple[int, int]]] = {kind: [] for kind in KINDS}
    done = 0
    while done < edits:
        kind = rnd.choice(KINDS)
        edited = _edit(doc.text, kind, rnd)
        if edited is None or edited == doc.text:
            continue
        doc.text = edited
        doc.check()
        if doc.recomputed is not None:
            work[kind].append(doc.recomputed)
        done += 1
    return work


def test_edits_inside_functions_and_classes_find_what_a_whole_check_finds(tmp_path):
    work = _typed(tmp_path, ["corpus/python-security/webhook_proxy.py", "fresh/taint-python/django_views.py"],
                  12, "fast")
    typed = work["function"] + work["method"]
    assert typed and all(recomputed < of for recomputed, of in work["function"])
    assert sum(recomputed for recomputed, _ in typed) <= sum(of for _, of in typed) / 3


@pytest.mark.slow  # ~10 s
@pytest.mark.parametrize("names", [
    ["fresh/taint-python/flask_search.py", "corpus/python-security/sqlite_repository.py"],
    ["fresh/taint-python/django_views.py", "fresh/taint-python/pyramid_views.py"],
    ["corpus/python-security/legacy_transfer.py", "fresh/taint-python/lambda_handlers.py"],
])
def test_many_random_edits_find_what_a_whole_check_finds(tmp_path, names):
    work = _typed(tmp_path, names, 40, "/".join(names))
    typed = work["function"]
    assert typed and sum(recomputed for recomputed, _ in typed) <= sum(of for _, of in typed) / 3
