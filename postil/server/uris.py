"""Document URIs and workspace folders (no analysis imports: used on the start-up path)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse


def uri_to_path(uri: str) -> Path | None:
    """Filesystem path of a ``file:`` URI (None for ``untitled:`` and other schemes)."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    return Path(unquote(parsed.path))


def containing_folder(path: Path, folders: list[Path]) -> Path | None:
    """The innermost workspace folder holding ``path``."""
    best = None
    for folder in folders:
        inside = path.is_relative_to(folder)  # (lexical, as `folder in path.parents` was, not one Path a level)
        if inside and (best is None or len(folder.parts) > len(best.parts)):
            best = folder
    return best
