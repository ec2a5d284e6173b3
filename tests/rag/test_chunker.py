"""Chunk bounds: size-bounded, non-overlapping, complete, with headers for split definitions."""

from __future__ import annotations

import pytest

from postil.rag.chunker import chunk_text


def _big_class(methods: int = 30) -> str:
    body = []
    for i in range(methods):
        body.append(f"    def method_{i}(self, value):\n        total = value + {i}\n"
                    f"        total = total * 2 + self.offset_{i}\n        return self.finish_{i}(total)\n")
    return "class Accumulator(Base):\n    \"\"\"Adds things up.\"\"\"\n\n" + "\n".join(body)


def _assert_well_formed(text: str, chunks, max_chars: int) -> None:
    lines = text.split("\n")
    previous_end = 0
    covered = set()
    for chunk in chunks:
        assert chunk.start > previous_end, "chunks overlap or are out of order"
        assert chunk.end >= chunk.start
        assert chunk.text == "\n".join(lines[chunk.start - 1 : chunk.end])
        if chunk.start != chunk.end:
            assert len(chunk.text) <= max_chars
        covered.update(range(chunk.start, chunk.end + 1))
        previous_end = chunk.end
    missing = [i + 1 for i, line in enumerate(lines) if line.strip() and i + 1 not in covered]
    assert missing == []


def test_big_class_is_split_into_methods_that_carry_the_class_header():
    text = _big_class()
    chunks, tree = chunk_text(text, "code", "python", max_chars=600)
    assert tree is not None
    assert len(chunks) > 3
    _assert_well_formed(text, chunks, 600)
    later = [c for c in chunks if c.start > 5]
    assert later and all(c.header == "class Accumulator(Base):" for c in later)
    # No method is cut in half: every chunk after the first starts at a `def`.
    assert all(c.text.lstrip().startswith("def method_") for c in later)


def test_small_functions_share_a_chunk():
    text = "\n\n".join(f"def f{i}(x):\n    return x + {i}\n" for i in range(5))
    chunks, _ = chunk_text(text, "code", "python", max_chars=1500)
    assert len(chunks) == 1
    assert chunks[0].start == 1 and chunks[0].end == text.rstrip("\n").count("\n") + 1


def test_with_a_merge_bound_definitions_above_it_get_chunks_of_their_own():
    """A class or module within the size bound is still cut into its definitions once it is bigger
    than the merge bound, so a model sees each function alone (small ones still share)."""
    medium = "".join(f"    def method_{i}(self, value):\n" + "".join(
        f"        value = self.step_{j}(value) + {j}\n" for j in range(4)) + "        return value\n\n" for i in range(3))
    tiny = "".join(f"    def tiny_{i}(self):\n        return {i}\n\n" for i in range(2))
    text = "class Pipeline(Base):\n    kind = 'p'\n\n" + medium + tiny
    whole, _ = chunk_text(text, "code", "python", max_chars=1500)
    assert len(whole) == 1  # no merge bound: the class fits, one chunk
    chunks, _ = chunk_text(text, "code", "python", max_chars=1500, merge=200)
    _assert_well_formed(text, chunks, 1500)
    starts = [c.text.lstrip().split("(")[0] for c in chunks]
    assert starts == ["class Pipeline", "def method_0", "def method_1", "def method_2", "def tiny_0"], starts
    assert all(c.header == "class Pipeline(Base):" for c in chunks[1:])
    assert "def tiny_1" in chunks[-1].text  # the two tiny methods share one chunk


def test_huge_function_is_split_with_its_signature_as_header():
    statements = "\n".join(f"    value_{i} = compute(value_{i - 1}, {i})" for i in range(1, 200))
    text = f"def pipeline(value_0):\n{statements}\n    return value_199\n"
    chunks, _ = chunk_text(text, "code", "python", max_chars=800)
    assert len(chunks) > 5
    _assert_well_formed(text, chunks, 800)
    assert chunks[0].text.startswith("def pipeline(")
    assert all(c.header == "def pipeline(value_0):" for c in chunks[1:])


@pytest.mark.parametrize("language,text", [
    ("javascript", "".join(f"function f{i}(a) {{\n  const b = a * {i};\n  return g(b);\n}}\n\n" for i in range(80))),
    ("go", "package main\n\n" + "".join(f"func F{i}(a int) int {{\n\tb := a * {i}\n\treturn G(b)\n}}\n\n" for i in range(80))),
    ("rust", "".join(f"fn f{i}(a: i32) -> i32 {{\n    let b = a * {i};\n    g(b)\n}}\n\n" for i in range(80))),
    ("java", "class A {\n" + "".join(f"  int m{i}(int a) {{\n    int b = a * {i};\n    return g(b);\n  }}\n\n" for i in range(80)) + "}\n"),
    ("ruby", "class A\n" + "".join(f"  def m{i}(a)\n    b = a * {i}\n    g(b)\n  end\n\n" for i in range(80)) + "end\n"),
])
def test_other_grammars_chunk_within_bounds(language, text):
    chunks, tree = chunk_text(text, "code", language, max_chars=700)
    assert tree is not None
    assert len(chunks) > 3
    _assert_well_formed(text, chunks, 700)


def test_unknown_language_falls_back_to_line_windows():
    text = "\n".join(f"key_{i} = value_{i}" for i in range(400)) + "\n"
    chunks, tree = chunk_text(text, "text", None, max_chars=500)
    assert tree is None
    assert len(chunks) > 5
    _assert_well_formed(text, chunks, 500)


def test_prose_is_cut_at_headings():
    sections = [f"## Section {i}\n\n" + ("Words about topic %d. " % i) * 30 + "\n" for i in range(6)]
    text = "# Title\n\nIntro.\n\n" + "\n".join(sections)
    chunks, _ = chunk_text(text, "prose", None, max_chars=900)
    _assert_well_formed(text, chunks, 900)
    starts = [c.text.split("\n")[0] for c in chunks[1:]]
    assert all(s.startswith("## Section") for s in starts)
