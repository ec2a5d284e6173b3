"""Which files a workspace scan visits: .gitignore, ``exclude`` globs, default excludes."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pathspec

DEFAULT_EXCLUDES = (
    ".git", ".hg", ".svn", ".bzr", ".postil", ".venv", "venv", ".env/", ".tox", ".nox", ".eggs",
    "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", "node_modules", "site-packages",
    "__pypackages__", "_build", "buck-out", ".direnv", "*.egg-info",
    # bundles, minified and generated files, test data: nobody reviews them by hand
    "dist/", "*.min.js", "*.min.mjs", "*.bundle.js", "*.map", "testdata/",
)


def gitignore_spec(lines) -> pathspec.GitIgnoreSpec:
    """Compiled .gitignore-style patterns (git's own matching rules)."""
    return pathspec.GitIgnoreSpec.from_lines(lines)


_DEFAULT_SPEC = gitignore_spec(DEFAULT_EXCLUDES)


@dataclass
class FileWalk:
    """The files to check under some roots, and what was left out."""

    files: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)


def _gitignore(directory: Path) -> pathspec.GitIgnoreSpec | None:
    try:
        text = (directory / ".gitignore").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return gitignore_spec(text.splitlines())


def walk(paths: list[Path], exclude: tuple[str, ...] = (), exclude_root: Path | None = None,
         respect_gitignore: bool = True) -> FileWalk:
    """Files under ``paths``; files named explicitly are always included.

    ``exclude`` globs are gitignore-style patterns relative to ``exclude_root``.
    Symlinks are not followed out of the directory being walked.
    """
    result = FileWalk()
    user_spec = gitignore_spec(exclude) if exclude else None
    exclude_root = (exclude_root or Path.cwd()).resolve()
    seen: set[Path] = set()
    for start in paths:
        if not start.exists():
            result.missing.append(start)
            continue
        if start.is_file():
            if start.resolve() not in seen:
                seen.add(start.resolve())
                result.files.append(start)
            continue
        _walk_dir(start, user_spec, exclude_root, respect_gitignore, result, seen)
    return result


def _excluded_by_user(path: Path, spec, root: Path, is_dir: bool) -> bool:
    if spec is None:
        return False
    try:
        rel = path.resolve().relative_to(root).as_posix()
    except ValueError:
        rel = path.as_posix()
    return spec.match_file(rel + "/" if is_dir else rel)


def _walk_dir(start: Path, user_spec, exclude_root: Path, respect_gitignore: bool,
              result: FileWalk, seen: set[Path]) -> None:
    top = start.resolve()
    ignores: list[tuple[Path, pathspec.GitIgnoreSpec]] = []
    if respect_gitignore:
        for ancestor in reversed([top, *top.parents]):
            spec = _gitignore(ancestor)
            if spec is not None:
                ignores.append((ancestor, spec))
                if (ancestor / ".git").exists():
                    ignores = [(ancestor, spec)]

    def ignored(path: Path, is_dir: bool) -> bool:
        name = path.name + ("/" if is_dir else "")
        if _DEFAULT_SPEC.match_file(name):
            return True
        for base, spec in ignores:
            try:
                rel = path.relative_to(base).as_posix()
            except ValueError:
                continue
            if spec.match_file(rel + "/" if is_dir else rel):
                return True
        return _excluded_by_user(path, user_spec, exclude_root, is_dir)

    for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
        current = Path(dirpath)
        if respect_gitignore and current != top:
            spec = _gitignore(current)
            if spec is not None:
                ignores.append((current, spec))
        dirnames[:] = sorted(d for d in dirnames if not ignored(current / d, True))
        for name in sorted(filenames):
            path = current / name
            if path.is_symlink():
                try:
                    path.resolve().relative_to(top)
                except (ValueError, OSError, RuntimeError):
                    continue
            if ignored(path, False):
                continue
            real = path.resolve()
            if real in seen:
                continue
            seen.add(real)
            result.files.append(_display(start, top, path))


def _display(start: Path, top: Path, path: Path) -> Path:
    """Keep paths relative when the user gave a relative start."""
    if start.is_absolute():
        return path
    return start / path.relative_to(top)
