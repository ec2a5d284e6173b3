"""A config as loaded: the validated settings, the file they came from and its directory (which
paths in it are relative to, and which they may not leave), and what the trust rule and the
user's limits held back (``postil.config.layers``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from postil.config.model import ConfigError, PostilConfig
from postil.core.gitcmd import enclosing_root
from postil.trust_store import user_config_path


@dataclass(frozen=True)
class LoadedConfig:
    """A validated config and where it came from (``path`` None: no project file).

    ``sources`` maps each egress key (``llm.base-url``) to where its value came from
    (the user config file, the project file, or ``default``); ``refused`` lists the
    egress keys the project file set that were not used, ``refusal`` says why; ``limited``
    the limits it asked to loosen, held to the user's (``LIMIT_KEYS``)."""

    settings: PostilConfig
    path: Path | None
    root: Path
    sources: dict = field(default_factory=dict, compare=False)
    refused: tuple[str, ...] = ()
    refusal: str | None = None  # "untrusted" | "changed" | "above-git-root"
    limited: tuple[str, ...] = ()  # "llm.max-calls = 25 (yours: 2)"
    user_path: Path | None = None
    user_paths: tuple[str, ...] = ()  # rule-dirs the user's own config names: allowed anywhere

    def resolve(self, relative: str) -> Path:
        """A path from the config file, made absolute against the config's directory.
        A repository's config must stay inside the repository (real path), so a cloned
        project cannot point postil at ``/`` or ``~/.aws``; ConfigError otherwise."""
        path, refused = self.locate(relative)
        if refused:
            raise ConfigError(f"{self.path or self.root}: {refused}")
        return path

    def locate(self, relative: str) -> tuple[Path, str | None]:
        path = (self.root / relative).resolve()
        if relative not in self.user_paths:
            boundary = repository_of(self.root)
            if path != boundary and boundary not in path.parents:
                return path, (f"{relative!r} is outside the repository ({boundary}); a project's config may "
                              f"only name paths inside it (your own {user_config_path()} may name any)")
        return path, None

    def model_directory(self) -> Path | None:
        """``index.model-path`` made absolute, or None. A project file's counts only once the
        user trusted it (an egress key), and may then name any directory, as the user's may."""
        entry = self.settings.index.model_path
        return (self.root / Path(entry).expanduser()).resolve() if entry else None

    def untrusted_collection(self) -> str | None:
        """``index.collection`` when an untrusted (or changed, or above-the-git-root) project
        file named it: reading under it is harmless, writing there needs the user's word."""
        collection = self.settings.index.collection
        if collection and self.refusal is not None and self.sources.get("index.collection") == str(self.path):
            return collection
        return None

    def rule_directories(self) -> tuple[list[Path], list[str]]:
        """The ``rule-dirs`` that may be read, and why each other one is refused."""
        directories, refused = [], []
        for entry in self.settings.rule_dirs:
            path, why = self.locate(entry)
            if why:
                refused.append(f"rule-dirs: {why}")
            else:
                directories.append(path)
        return directories, refused

    @property
    def notice(self) -> str | None:
        """What the user is told about the project file: ``egress_notice`` and ``limits_notice``."""
        return "\n".join(filter(None, (self.egress_notice, self.limits_notice))) or None

    @property
    def limits_notice(self) -> str | None:
        """One line for the user when the project file asked for more than their limits allow."""
        if not self.limited:
            return None
        return (f"postil: {_escaped(self.path)} asks for more than your limits allow: {', '.join(self.limited)}; "
                f"yours hold (set them in {user_config_path()})")

    @property
    def egress_notice(self) -> str | None:
        """One line for the user when the project file's egress keys were ignored."""
        if not self.refused:
            return None
        keys = ", ".join(self.refused)
        path = _escaped(self.path)
        if self.refusal == "above-git-root":
            return (f"postil: {path} is above the git root, so its {keys} is ignored: such settings come only "
                    f"from the environment, {user_config_path()}, editor settings or the repository's own "
                    "trusted config")
        why = "has changed since it was trusted" if self.refusal == "changed" else "is not trusted"
        return f"postil: {path} sets {keys} but {why}: ignored; run `postil trust` to allow"


def _escaped(path: Path | None) -> str:
    """``path`` as a terminal shows it literally (``postil.core.terminal``)."""
    from postil.core.terminal import terminal

    return terminal(str(path))


def repository_of(directory: Path) -> Path:
    """The nearest directory at or above ``directory`` holding ``.git``; else ``directory``."""
    return enclosing_root(directory) or directory

