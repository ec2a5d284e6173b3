"""The egress gate: the one place that decides what of a workspace may leave the machine.

Every outbound body built from project text — LLM review, triage, explain and fix prompts,
embeddings requests, the index that feeds them — takes its text from here:

* a path is judged by its **real** path: a file whose real path is outside the workspace
  root is refused (a link ``app/passwd.py -> /etc/passwd``);
* ``exclude`` patterns (the defaults below, then ``exclude``, ``[llm] exclude`` and
  ``[index] exclude``) apply to the link's path *and* the real path (a link
  ``app/link.py -> ../secrets/vault.py`` is as excluded as its target); a pattern with
  ``!`` re-includes a default (``exclude = ["!*.key"]``);
* what passes is masked as a **whole file** (``postil.gate.redact``) before any caller
  cuts lines out of it, so a key block at the edge of a window is never half-recognised;
  the project's own secret rules (``secret-rules``, ``gitleaks-rules``) mask as the
  built-in detectors do.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from postil.core.atomic import within

if TYPE_CHECKING:
    from postil.analyzers.rules.secret_formats import Detector
    from postil.config import LoadedConfig
    from postil.gate.redact import Masked

# Never sent and never indexed unless re-included with "!pattern". The project's review
# guidelines (.postil/guidelines.md) are written to be sent with every review request.
DEFAULT_EXCLUDES = (
    ".env*", ".envrc", "*.pem", "*.key", "*.p12", "*.pfx", "*.jks", "*.keystore", "*.kdbx",
    "id_rsa*", "id_dsa*", "id_ecdsa*", "id_ed25519*", ".netrc", ".pgpass", ".htpasswd",
    "secrets/", ".secrets/", ".ssh/", ".aws/", ".gnupg/", ".git/", ".postil/*", "!.postil/guidelines.md",
)


# a file read by the gate itself (no text given) larger than this is refused, not read whole
READ_MAX_BYTES = 16 << 20


class Refused(Exception):
    """The gate keeps this file on the machine; ``str()`` says why."""


@dataclass(frozen=True)
class Released:
    """What may leave for one file: its workspace-relative path and its masked text."""

    rel: str
    masked: Masked

    @property
    def text(self) -> str:
        return self.masked.text


def project_detectors(loaded: LoadedConfig) -> tuple[Detector, ...]:
    """The secret detectors a project's config adds (``secret-rules``, ``gitleaks-rules``), masked
    like the bundled ones; their module is imported only when it adds some (a search needs none)."""
    if not (loaded.settings.secret_rules or loaded.settings.gitleaks_rules):
        return ()
    from postil.analyzers.rules.secret_formats import project_secret_rules

    return project_secret_rules(loaded).detectors


class EgressGate:
    """The gate for one workspace root."""

    def __init__(self, root: str | Path, exclude: Iterable[str] = (), redact_patterns: Sequence[str] = (),
                 secret_detectors: tuple[Detector, ...] = ()) -> None:
        self.root = os.path.abspath(root)
        self.real_root = os.path.realpath(self.root)
        self.exclude = tuple(p for p in exclude if p)
        self.redact_patterns = tuple(redact_patterns)
        self.secret_detectors = secret_detectors
        if self.redact_patterns:  # a pattern that cannot mask must stop what would be sent
            from postil.config.model import ConfigError, redact_patterns_compile

            try:
                redact_patterns_compile(self.redact_patterns)
            except ValueError as exc:
                raise ConfigError(f"[llm] redact-patterns: {exc}; fix or remove it") from None
        self._masked: dict[tuple[str | None, str], Masked] = {}  # units of one file share one masking

    @cached_property
    def _spec(self):
        """The excluded paths' patterns, compiled when a path is first asked about (a search that
        sends nothing never needs them, nor pathspec's import)."""
        from postil.core.walk import gitignore_spec

        return gitignore_spec(DEFAULT_EXCLUDES + self.exclude)

    @classmethod
    def for_workspace(cls, root: str | Path, *, extra_exclude: Iterable[str] = (),
                      redact_patterns: Sequence[str] | None = None) -> EgressGate:
        """The gate a workspace's config describes (``exclude``, ``[llm]`` and ``[index]``
        excludes, ``[llm] redact-patterns``, the project's own secret rules); defaults only when
        the config cannot be read."""
        exclude: list[str] = []
        patterns: Sequence[str] = ()
        detectors: tuple[Detector, ...] = ()
        try:
            from postil.config import load_config

            loaded = load_config(Path(root))
            settings = loaded.settings
            exclude = [*settings.exclude, *settings.llm.exclude, *settings.index.exclude]
            patterns = settings.llm.redact_patterns
            detectors = project_detectors(loaded)  # a rule that does not load: the check says so
        except Exception:  # noqa: BLE001, S110 - a broken config is reported by the command that loads it
            pass
        return cls(root, [*exclude, *extra_exclude], patterns if redact_patterns is None else redact_patterns,
                   detectors)

    # -- paths ---------------------------------------------------------------------
    def _absolute(self, path: str | Path) -> str:
        return os.path.abspath(os.path.join(self.root, os.fspath(path)))

    def relative(self, path: str | Path) -> str | None:
        """The workspace-relative posix path of ``path`` as named (links not followed), or None."""
        absolute = self._absolute(path)
        for root in (self.root, self.real_root):
            if within(absolute, root) and absolute != root:
                return Path(os.path.relpath(absolute, root)).as_posix()
        return None

    def excluded(self, rel: str) -> bool:
        """Does an exclude pattern (defaults included) match this workspace-relative path?"""
        return bool(rel) and self._spec.match_file(rel)

    def refusal(self, path: str | Path) -> str | None:
        """Why ``path`` may not leave the machine, or None when it may."""
        absolute = self._absolute(path)
        real = os.path.realpath(absolute)
        if not within(real, self.real_root) or real == self.real_root:
            return f"{path} is outside the workspace ({real})"
        real_rel = Path(os.path.relpath(real, self.real_root)).as_posix()
        link_rel = self.relative(absolute)
        if link_rel is None:
            return f"{path} is outside the workspace"
        for rel in dict.fromkeys((link_rel, real_rel)):
            if self.excluded(rel):
                via = "" if rel == link_rel else f" (it links to {real_rel})"
                return f"{link_rel} is excluded from what is sent{via}"
        return None

    # -- text ----------------------------------------------------------------------
    def release(self, path: str | Path, text: str | None = None) -> Released:
        """What of this file may leave: its whole text masked. ``text`` is the content to
        judge (an unsaved buffer, a staged blob); without it the real file is read.
        Raises ``Refused`` with the reason."""
        reason = self.refusal(path)
        if reason is not None:
            raise Refused(reason)
        rel = self.relative(path) or Path(path).as_posix()
        if text is None:
            from postil.core.decoding import decode_source
            from postil.core.walk import SkipFile, read_regular

            try:  # a FIFO or device named in the checkout is never opened (it can block or never end)
                text, _exact = decode_source(read_regular(os.path.realpath(self._absolute(path)), READ_MAX_BYTES))
            except SkipFile as exc:
                raise Refused(f"{rel} is not read: {exc}") from None
            except OSError as exc:
                raise Refused(f"{rel} cannot be read ({exc.strerror or exc})") from None
            if text is None:
                raise Refused(f"{rel} is binary")
        return Released(rel, self.mask(text, rel))

    def mask(self, text: str, rel: str | None = None) -> Masked:
        """``text`` masked (``rel``: the file it is, for env-style rules)."""
        key = (rel, text)  # a str caches its hash: the same text looked up again costs little
        masked = self._masked.get(key)
        if masked is None:
            from postil.gate.redact import mask  # the secret detectors: only when something may leave

            if len(self._masked) >= 16:
                self._masked.clear()
            masked = self._masked[key] = mask(text, self.redact_patterns, path=rel, detectors=self.secret_detectors)
        return masked
