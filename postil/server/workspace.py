"""Which config applies to a document, without ever reading outside the workspace.

``WorkspaceCheckerCache`` is the scan's ``CheckerCache`` with two differences an
editor needs: config discovery stops at the workspace folder holding the document
(so a stray ``pyproject.toml`` in ``$HOME`` or ``/`` is never read), and the
editor's select/ignore combine with project files per ``configurationPreference``.
A broken config file falls back to defaults and is reported, never raised.

This module imports the whole analysis engine; the server reaches it only through
``postil.server.lazy_engine`` so that ``initialize`` is answered before it loads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from postil.analyzers.checker import Checker, CheckerCache
from postil.config import (
    CONFIG_FILES,
    ConfigError,
    LoadedConfig,
    PostilConfig,
    config_in,
    git_root,
    load_file,
)
from postil.config.editor import Settings
from postil.config.layers import editor_rules, editor_rules_apply
from postil.core.gitcmd import holds_git
from postil.core.upward import nearest_up
from postil.server.config_stamps import ConfigStamps, rule_files
from postil.server.uris import containing_folder
from postil.trust_store import TRUST_FILE, user_config_dir, user_config_path


class WorkspaceCheckerCache(CheckerCache):
    """One Checker per config file in effect, discovery bounded by workspace folders."""

    def __init__(self, settings: Settings, folders: list[Path], generation: int = 0) -> None:
        self.settings = settings
        self.generation = generation  # Session.cache_generation it was built for
        self.folders = [f.resolve() for f in folders]
        self.errors: list[str] = []  # config problems met while loading (ConfigError text)
        self.stamps = ConfigStamps()  # the files the checkers were built from, as they were
        super().__init__(editor_rules(settings))
        self._default_root = self.folders[0] if self.folders else Path.cwd()

    def key_for(self, path: Path) -> Path | None:
        path = path.resolve() if path.is_absolute() else path
        return self._key_in(path if path.is_dir() else path.parent, {})

    def _key_in(self, directory: Path, known: dict[Path, Path | None]) -> Path | None:
        """The config file in effect in ``directory`` (None: defaults); ``known``: the answers of
        the lookups it may share (see for_directories)."""
        if self.settings.configuration_preference == "editorOnly":
            return None
        folder = containing_folder(directory, self.folders)
        if folder is None:
            return None  # outside every workspace folder: defaults, nothing read from disk
        return nearest_up(directory, config_in, known, stop=folder)

    def for_path(self, path: Path) -> Checker:
        start = path.resolve() if path.is_absolute() else path
        return self._checker(path, start, self.key_for(start), git_root(start if start.is_dir() else start.parent))

    def for_directories(self, directories: Iterable[Path]) -> None:
        """Each directory's checker, as ``for_path`` finds it, for directories already resolved
        (the walk's, below a resolved folder): the config and git root searches share what they
        found, so a tree costs a few stats a directory, not a few per directory and level above it
        (20,000 directories each holding a file, 20 levels deep: 1.45 million stats)."""
        configs: dict[Path, Path | None] = {}
        roots: dict[Path, Path | None] = {}
        for directory in directories:
            self._checker(directory, directory, self._key_in(directory, configs), nearest_up(directory, holds_git, roots))

    def _checker(self, path: Path, start: Path, key: Path | None, root: Path | None) -> Checker:
        slot = (key, root)  # see CheckerCache.for_path
        checker = self._by_config.get(slot)
        if checker is not None:
            return checker
        folder = (containing_folder(path, self.folders) if path.is_absolute() else None) or self._default_root
        self.stamps.record([p for p in (key, user_config_path(), user_config_dir() / TRUST_FILE) if p is not None])
        try:
            loaded = load_file(key, start if key is not None else folder)
        except ConfigError as exc:
            where = key.parent if key is not None else folder
            self.errors.append(f"{exc} (using default settings for files under {where})")
            loaded = LoadedConfig(PostilConfig(), None, folder)
        if loaded.path is None:
            loaded = replace(loaded, root=folder)
        self.stamps.record(p for directory in loaded.rule_directories()[0] for p in rule_files(directory))
        overridden = editor_rules_apply(loaded, self.settings.configuration_preference)
        checker = Checker(loaded, self.overrides if overridden else None)
        self.errors.extend(checker.config_problems)
        self._by_config[slot] = checker
        return checker

    def config_files(self) -> list[str]:
        return sorted(str(c.loaded.path) for c in self._by_config.values() if c.loaded.path is not None)
