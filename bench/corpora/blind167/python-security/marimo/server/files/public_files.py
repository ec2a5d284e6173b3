"""Locating files in a notebook's public/ folder."""
from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Optional

PUBLIC_DIR = "public"
BLOCKED_SUFFIXES = {".py", ".env", ".toml"}


def public_root(notebook_dir: Path) -> Path:
    return (notebook_dir / PUBLIC_DIR).resolve()


def public_file_path(notebook_dir: Path, filepath: str) -> Path:
    """Path of a public file as the first releases computed it."""
    return notebook_dir / PUBLIC_DIR / filepath


def resolve_public_file(notebook_dir: Path, filepath: str) -> Optional[Path]:
    """Path of a public file, or None when it would leave public/."""
    root = public_root(notebook_dir)
    candidate = (root / filepath).resolve()
    if not candidate.is_relative_to(root):
        return None
    if candidate.suffix in BLOCKED_SUFFIXES or not candidate.is_file():
        return None
    return candidate


def guess_type(path: Path) -> str:
    mime, _ = mimetypes.guess_type(path.name)
    return mime or "application/octet-stream"


def list_public_files(notebook_dir: Path) -> list[str]:
    root = public_root(notebook_dir)
    if not root.is_dir():
        return []
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
