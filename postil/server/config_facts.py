"""What the server knows of the configs in effect without loading the rules itself: the check
process (``postil.server.check_child``) owns the checkers and sends, with an answer, what they
were built from whenever that changed. The server reads it for the settings that silently do
nothing (``config_notes``), the files to watch and stamp (``config_watch``, ``watching``) and
``postil.showStatus``: the engine and rule packs are loaded once, in the check process."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from postil.server.config_stamps import ConfigStamps


@dataclass(frozen=True)
class CheckerFacts:
    """One checker's config (``Checker``): where it applies and what it says of itself."""

    config: Path | None  # the config file (None: the defaults)
    root: Path  # the project root its findings are fingerprinted against
    rule_directories: tuple[Path, ...]
    config_notes: tuple[str, ...]  # Checker.config_notes
    keeps_model_findings: bool
    rule_errors: tuple[str, ...]  # the first few, then a line counting the rest (rule_error_lines)
    rule_count: int | None  # the rules it runs (Checker.rule_count; None: not counted yet)

    def notes(self, provider: str) -> list[str]:
        """``Checker.notes(provider)``."""
        if provider == "none" or self.keeps_model_findings:
            return list(self.config_notes)
        from postil.analyzers.model_note import dropped_model_findings

        where = f"{self.config}: " if self.config is not None else ""
        return [*self.config_notes, dropped_model_findings(where, provider)]


@dataclass(frozen=True)
class ConfigFacts:
    """The check process's checker cache (``WorkspaceCheckerCache``), as of one answer."""

    generation: int  # Session.cache_generation the cache was built for
    folders: tuple[Path, ...]  # the workspace folders, resolved
    checkers: tuple[CheckerFacts, ...]
    stamps: ConfigStamps  # the files the checkers were built from, as they were then

    @classmethod
    def of(cls, cache, counted: bool) -> ConfigFacts:
        """The facts of a ``WorkspaceCheckerCache`` (in the check process); ``counted``: with the
        number of rules each checker runs (which builds every language's rules)."""
        from postil.analyzers.rules.rule_error_lines import problem_lines  # (in the check process)

        return cls(cache.generation, tuple(cache.folders), tuple(
            CheckerFacts(c.loaded.path, c.loaded.root, tuple(c.loaded.rule_directories()[0]), tuple(c.config_notes),
                         c.keeps_model_findings(), tuple(problem_lines(c.rule_errors)),
                         c.rule_count if counted else None)
            for c in cache.checkers), cache.stamps)

    def root_for(self, path: Path) -> Path:
        """The root of the checker nearest to ``path`` (the deepest holding it; else its folder)."""
        path = path.resolve()
        holding = [c.root for c in self.checkers if path.is_relative_to(c.root)]
        return max(holding, key=lambda root: len(root.parts)) if holding else path.parent

    def counted(self) -> bool:
        return all(c.rule_count is not None for c in self.checkers)

    def config_files(self) -> list[str]:
        return sorted(str(c.config) for c in self.checkers if c.config is not None)


def current(session) -> ConfigFacts | None:
    """The facts of the checkers the server's current settings and files built (None: none built
    since the last reload, or the check process has not answered yet)."""
    process = session.check_process
    facts = process.facts if process is not None else None
    return facts if facts is not None and facts.generation == session.cache_generation else None
