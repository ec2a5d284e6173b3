"""What the reviewer gets for the code at a line, and why."""

from __future__ import annotations


def _index(make_index, workspace):
    index = make_index(workspace)
    index.update()
    return index


def test_context_brings_the_definition_of_a_function_called_from_another_file(workspace, make_index):
    index = _index(make_index, workspace)
    ctx = index.context("app/billing.py", 6)  # inside compute_invoice_total
    assert (ctx.start, ctx.end) == (4, 7)
    first = ctx.chunks[0]
    assert first.path == "app/money.py"
    assert "def round_cents" in first.text
    assert first.reason.startswith("defines `round_cents` called at line 7")
    assert "definition" in first.sources


def test_context_brings_callers_and_never_the_query_itself(workspace, make_index):
    index = _index(make_index, workspace)
    ctx = index.context("app/money.py", 3)  # round_cents, called by compute_invoice_total
    callers = [c for c in ctx.chunks if "calls `round_cents`" in c.reason]
    assert callers and callers[0].path == "app/billing.py"
    for chunk in ctx.chunks:
        assert not (chunk.path == "app/money.py" and chunk.start <= 3 <= chunk.end)


def test_neighbours_in_the_same_chunk_are_kept_without_the_query_lines(workspace, make_index):
    index = _index(make_index, workspace)
    # billing.py is one chunk; the context of send_invoice still shows the two functions it calls.
    ctx = index.context("app/billing.py", 11)
    assert (ctx.start, ctx.end) == (10, 12)
    same_file = [c for c in ctx.chunks if c.path == "app/billing.py"]
    assert same_file
    text = "\n".join(c.text for c in same_file)
    assert "def compute_invoice_total" in text and "def deliver_email" in text
    assert "def send_invoice" not in text
    assert all(not (c.start <= 11 <= c.end) or "..." in c.text for c in same_file)


def test_context_uses_the_unsaved_buffer(workspace, make_index):
    index = _index(make_index, workspace)
    buffer = "def audit(lines):\n    return compute_invoice_total(lines, 0.2)\n"
    ctx = index.context(workspace / "app/new_module.py", 2, text=buffer)
    assert ctx.chunks[0].path == "app/billing.py"
    assert "defines `compute_invoice_total`" in ctx.chunks[0].reason


def test_token_budget_and_k_bound_the_context(workspace, make_index):
    index = _index(make_index, workspace)
    full = index.context("app/billing.py", 11, budget=100_000)
    assert len(full.chunks) >= 3
    small = index.context("app/billing.py", 11, budget=full.chunks[0].tokens)
    assert len(small.chunks) == 1 and small.tokens <= small.budget and small.omitted >= 1
    assert len(index.context("app/billing.py", 11, k=2).chunks) == 2


def test_javascript_definitions_are_found_too(workspace, make_index):
    index = _index(make_index, workspace)
    search = index.search("cartTotal")
    assert search[0].path == "web/cart.js" and search[0].reason.startswith("defines `cartTotal`")


def test_search_finds_prose_and_code_by_sub_words(workspace, make_index):
    index = _index(make_index, workspace)
    keyword_only = index.search("invoice total", k=3, modes=("keyword",))
    assert keyword_only and keyword_only[0].path == "app/billing.py" and keyword_only[0].reason == "keyword match"
    hits = index.search("invoice total", k=3)
    assert hits[0].path == "app/billing.py"
    docs = index.search("when do parcels ship", k=3, docs=True)
    assert docs[0].path == "docs/guide.md" and docs[0].kind == "prose"
    assert all(r.path.endswith(".py") or r.path.endswith(".js") for r in index.search("when do parcels ship", k=3))


def test_modes_can_be_used_alone(workspace, make_index):
    index = _index(make_index, workspace)
    only_keywords = index.context("app/billing.py", 6, modes=("keyword",))
    assert only_keywords.chunks and all(c.sources == ["keyword"] for c in only_keywords.chunks)
    assert "app/money.py" in [c.path for c in only_keywords.chunks]  # shares the rare term round_cents
    only_symbols = index.context("app/billing.py", 6, modes=("symbols",))
    assert [(c.path, c.reason.split(" at ")[0]) for c in only_symbols.chunks] == [
        ("app/money.py", "defines `round_cents` called"),
        ("app/billing.py", "calls `compute_invoice_total`"),  # send_invoice, the caller
    ]


def test_keyword_search_ranks_by_bm25(workspace, make_index, write_files):
    from postil.rag import keyword

    write_files(workspace, {"notes/a.txt": "shipping " * 3 + "\n" + "filler words here\n" * 20,
                            "notes/b.txt": "shipping once\n" + "other filler text\n" * 20})
    index = _index(make_index, workspace)
    hits = keyword.search(index.catalog.reader, "shipping")
    assert len(hits) == 3 and all(score < 0 for _rowid, score in hits)  # real BM25 scores, not ties at 0
    paths = [index.catalog.chunk(rowid).path for rowid, _s in hits]
    assert paths[0] == "notes/a.txt"
