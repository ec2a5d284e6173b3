"""A bulk scan during which the user saves a file: the edit lands once ast-grep is done with the file and before
postil reads it (postil reads the files once ast-grep has started: on_start is held until the edit)."""

from __future__ import annotations

from pathlib import Path

from postil.analyzers.rules import bulk


def edited_after_the_cli_read(victim: Path, text: str):
    """bulk.scan, as it is, that writes ``text`` into ``victim`` between ast-grep's read and postil's."""
    real_scan = bulk.scan

    def scan(rules, files, threads=None, on_start=None, on_file=None, probes_only=False):
        found = real_scan(rules, files, threads=threads, on_start=lambda: None, on_file=None, probes_only=probes_only)
        victim.write_text(text)
        if on_start is not None:
            on_start()
        return found
    return scan
