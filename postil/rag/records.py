"""What the index stores for one file's text: chunks, symbols and keyword counts."""

from __future__ import annotations

import bisect
import hashlib
from collections import Counter

from postil.rag.catalog import FileRecord
from postil.rag.chunker import MAX_CHARS, chunk_text
from postil.rag.tokens import IDENTIFIER


def build_record(rel: str, text: str, kind: str, language: str | None, digest: str, mtime_ns: int, size: int,
                 max_chars: int = MAX_CHARS, line_cost=None, merge: int | None = None) -> FileRecord:
    """Chunks, symbols and keyword terms of one file's text (sizes by ``line_cost``, see chunker)."""
    from postil.rag import symbols

    chunks, tree = chunk_text(text, kind, language, max_chars, line_cost, merge)
    defs, refs = symbols.extract(tree, language) if tree is not None and language else ([], [])
    starts = [c.start for c in chunks]

    def owner(line: int) -> int | None:
        i = bisect.bisect_right(starts, line) - 1
        if i >= 0 and chunks[i].end >= line:
            return i
        return None

    seen_texts: Counter = Counter()
    rows = []
    all_counts = []
    findall = IDENTIFIER.findall
    for c in chunks:
        key = f"{rel}\0{c.header}\0{c.text}"
        n = seen_texts[key]
        seen_texts[key] += 1
        cid = hashlib.blake2b(f"{key}\0{n}".encode("utf-8", "replace"), digest_size=12).hexdigest()
        counts = Counter(findall(f"{rel}\n{c.header}\n{c.text}"))
        all_counts.append(counts)
        rows.append((cid, c.start, c.end, c.kind, c.header, c.text))
    def_rows = []
    for d in defs:
        i = owner(d.line)
        if i is not None:
            def_rows.append((d.name, d.kind, i, d.start, d.end, d.line))
    ref_rows = []
    seen_refs = set()
    for r in refs:
        i = owner(r.line)
        if i is not None and (r.name, r.line) not in seen_refs:
            seen_refs.add((r.name, r.line))
            ref_rows.append((r.name, i, r.line))
    record = FileRecord(rel, digest, mtime_ns, size, language, rows, def_rows, ref_rows)
    record.counts = all_counts
    return record
