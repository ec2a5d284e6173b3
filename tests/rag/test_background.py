"""Indexing in the background of a long-running process (the language server)."""

from __future__ import annotations

import threading

from postil.rag.background import BackgroundIndexer

# an upper bound for a run over a handful of files, not a timing assertion: on a machine at load 30
# the first run (the embedding model loading beside a busy suite) passed 60 s
IDLE_BOUND = 600


def test_full_update_then_saved_files(workspace, make_index):
    index = make_index(workspace)
    seen: list[tuple[int, int]] = []
    done = []
    indexer = BackgroundIndexer(index, on_progress=lambda d, t, p: seen.append((d, t)),
                                on_done=lambda stats, full: done.append(stats))
    indexer.start()
    assert indexer.wait_idle(timeout=IDLE_BOUND)
    assert done[0].files == 5 and seen[-1] == (5, 5)
    (workspace / "app/money.py").write_text("def round_pennies(value):\n    return round(value, 2)\n")
    (workspace / "web/cart.js").unlink()
    indexer.notify([str(workspace / "app/money.py"), str(workspace / "web/cart.js")])
    assert indexer.wait_idle(timeout=IDLE_BOUND)
    assert done[-1].indexed == 1 and done[-1].removed == 1
    assert index.search("round_pennies")[0].path == "app/money.py"
    indexer.stop()


def test_each_run_says_whether_it_was_the_full_update(workspace, make_index):
    """A full update asked for while a saved file's run is under way (``postil.reindex`` after a
    save) ends after it, and each end says which run it was: the server must not end the
    full run's progress when the saved file's run ends."""
    index = make_index(workspace)
    ended: list[tuple[int, bool]] = []
    indexer = BackgroundIndexer(index, on_done=lambda stats, full: ended.append((stats.indexed, full)))
    indexer.start()
    assert indexer.wait_idle(timeout=IDLE_BOUND)
    (workspace / "app/money.py").write_text("def round_pennies(value):\n    return round(value, 2)\n")
    with indexer.paused():
        indexer.notify([str(workspace / "app/money.py")])
        assert indexer.blocked.wait(timeout=IDLE_BOUND)  # the saved file's run is held at its first file
        indexer.start()
    assert indexer.wait_idle(timeout=IDLE_BOUND)
    assert ended == [(5, True), (1, False), (0, True)]
    indexer.stop()


def test_pause_holds_indexing_between_files(workspace, make_index):
    index = make_index(workspace)
    progressed = []
    indexer = BackgroundIndexer(index, on_progress=lambda d, t, p: progressed.append(d))
    with indexer.paused():
        indexer.start()
        assert indexer.blocked.wait(timeout=IDLE_BOUND)  # the run reached its first file and is waiting
        assert progressed == [] and indexer.busy
    assert indexer.wait_idle(timeout=IDLE_BOUND)
    assert progressed == [1, 2, 3, 4, 5]
    indexer.stop()


def test_cancelled_run_leaves_a_consistent_index_and_can_resume(workspace, make_index, write_files):
    write_files(workspace, {f"pkg/m{i}.py": f"def f{i}():\n    return g{i}()\n" for i in range(20)})
    index = make_index(workspace)
    cancelled = threading.Event()
    indexer = BackgroundIndexer(index)

    def progress(done, total, path):
        if done == 8 and not cancelled.is_set():
            cancelled.set()
            indexer.cancel()

    indexer.on_progress = progress
    indexer.start()
    assert indexer.wait_idle(timeout=IDLE_BOUND)
    assert cancelled.is_set() and indexer.last_stats is None
    ids = index.catalog.chunk_ids()
    assert index.store.ids() == ids and 0 < len(index.catalog.files()) < 25
    indexer.start()
    assert indexer.wait_idle(timeout=IDLE_BOUND)
    assert indexer.last_stats.files == 25
    assert index.store.ids() == index.catalog.chunk_ids()
    indexer.stop()
