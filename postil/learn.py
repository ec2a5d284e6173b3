"""From an accepted model finding to a tested rule (``postil rules learn``, the editor's
"Make this a rule"): ask the model for an ast-grep rule, vet it
(``postil.analyzers.llm.learned_rule_vetting``), list its matches in the workspace, and save it into the
project's rule-dirs with its tests, or as a draft to edit when it matches more than a handful
of places or places the user marked wrong. Nothing is saved silently.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from postil.analyzers.languages import language_of
from postil.analyzers.llm import learned_rule_vetting
from postil.analyzers.llm.shown import ShownFinding
from postil.config import LoadedConfig
from postil.core.atomic import write_atomic
from postil.core.walk import SkipFile, read_regular, walk

PROMPT_VERSION = "learn-rule-v1"
RULE_SCHEMA = {"type": "object", "properties": {"rule_yaml": {"type": "string"}}, "required": ["rule_yaml"],
               "additionalProperties": False}
DEFAULT_RULE_DIR = "postil-rules"
SGCONFIG = "ruleDirs:\n  - rules\ntestConfigs:\n  - testDir: rule-tests\n"


class LearnRefused(Exception):
    """No rule: the message says why (the model's rule refused, no provider, no such finding)."""


@dataclass
class Proposal:
    """A vetted rule for ``finding``; ``wrong``: its matches the user marked wrong."""

    finding: ShownFinding
    verdict: learned_rule_vetting.Verdict
    rule_text: str
    tests_text: str
    wrong: list[learned_rule_vetting.Match] = field(default_factory=list)

    @property
    def rule_id(self) -> str:
        return self.verdict.document["id"]

    @property
    def needs_editing(self) -> str | None:
        """Why the rule is offered for editing instead of saved; None when it may be saved."""
        if self.wrong:
            return f"{len(self.wrong)} of its matches were marked wrong"
        if self.verdict.unlisted is not None:
            return f"listing its matches {self.verdict.unlisted}"
        if self.verdict.needs_review:
            return f"it matches {len(self.verdict.matches)} places (more than {learned_rule_vetting.HANDFUL})"
        return None


def project_prefix(loaded: LoadedConfig, root: Path) -> str:
    """The first id segment most of the project's own rules share, else the root's name."""
    from postil.analyzers.rules.loader import load_rule_dirs

    rules, _ = load_rule_dirs(loaded.rule_directories()[0], compile_check=False)
    common = Counter(r.id.split("/", 1)[0] for r in rules if "/" in r.id).most_common(1)
    return common[0][0] if common else learned_rule_vetting.slug(root.name)


def question(shown: ShownFinding, prefix: str, language: str) -> str:
    fixed = f"The fix the user accepted turned those lines into:\n```\n{shown.improved}\n```\n" if shown.improved \
        else "The user accepted the finding without a fix: leave `fix` out.\n"
    return (f"Make an ast-grep rule for this accepted finding in {shown.path} (language: {language}; "
            f"id under `{prefix}/`).\nThe finding: {shown.message}\nThe lines it was about:\n```\n{shown.existing}\n```\n"
            f"{fixed}")


def workspace_files(root: Path, loaded: LoadedConfig, language: str):
    """(relative path, text) of the workspace's files in ``language`` (gitignore and excludes apply)."""
    settings = loaded.settings
    for path in walk([root], exclude=settings.exclude, exclude_root=loaded.root,
                     respect_gitignore=settings.respect_gitignore, root=root, max_files=settings.max_files).files:
        if language_of(path) != language:
            continue
        try:
            data = read_regular(path, settings.max_file_size)
        except (SkipFile, OSError):
            continue
        if b"\0" not in data[:8192]:
            yield Path(os.path.relpath(path, root)).as_posix(), data.decode("utf-8", errors="replace")


def propose(root: Path, loaded: LoadedConfig, shown: ShownFinding, reviewer=None, rule_text: str | None = None,
            wrong: tuple[str, ...] = (), cancel=None, rules=None) -> Proposal:
    """The vetted rule for ``shown``: ``rule_text`` (an edited draft) or the model's answer
    (``reviewer``: a ``postil.analyzers.llm.reviewer.Reviewer``); ``rules``: where its searches
    run (a ``RuleChecks``: the language server's check process; by default this process). Raises
    LearnRefused."""
    import yaml

    path = root / shown.path
    language = language_of(path)
    if language is None:
        raise LearnRefused(f"no rules run on {shown.path} (no grammar for its language)")
    prefix = project_prefix(loaded, root)
    if rule_text is None:
        rule_text = _ask(reviewer, path, shown, prefix, language, cancel)
    verdict = learned_rule_vetting.vet(rule_text, prefix=prefix, language=language, original=shown.existing,
                                       fixed=shown.improved, message=shown.message,
                                       files=workspace_files(root, loaded, language),
                                       learned_from={"learned-from": shown.rule, "fingerprint": shown.fingerprint},
                                       rules=rules)
    if verdict.refused:
        raise LearnRefused(f"the model's rule was refused: {verdict.refused}")
    dump = lambda value: yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=100)  # noqa: E731
    marked = {w.strip() for w in wrong}
    return Proposal(shown, verdict, dump(verdict.document), dump(verdict.tests),
                    [m for m in verdict.matches if str(m) in marked])


def _ask(reviewer, path: Path, shown: ShownFinding, prefix: str, language: str, cancel) -> str:
    from postil.analyzers.llm.provider_errors import ProviderError
    from postil.analyzers.llm.units import unit_at

    if reviewer is None or reviewer.settings.provider == "none":
        raise LearnRefused("no LLM provider configured; set [tool.postil.llm] provider or POSTIL_LLM_PROVIDER")
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = shown.existing
    unit = unit_at(path, text, shown.line)
    try:
        data = reviewer.ask(unit, question(shown, prefix, language), RULE_SCHEMA, "propose_rule", PROMPT_VERSION,
                            cancel=cancel)
    except ProviderError as exc:
        raise LearnRefused(f"the model was not asked: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rule_yaml"), str):
        raise LearnRefused("the model's answer holds no rule")
    return data["rule_yaml"]


def rule_directory(loaded: LoadedConfig, root: Path) -> tuple[Path, bool]:
    """Where learned rules go: the first allowed ``rule-dirs`` entry; else ``postil-rules/`` at
    the root, with False (the config must name it before check runs it)."""
    allowed = loaded.rule_directories()[0]
    return (allowed[0], True) if allowed else (root / DEFAULT_RULE_DIR, False)


def save(proposal: Proposal, directory: Path, root: Path) -> tuple[Path, Path]:
    """Write the rule and its tests in ast-grep's layout (``rules/``, ``rule-tests/``,
    ``sgconfig.yml``) under ``directory``: (rule file, test file). Raises OSError; never
    overwrites a rule file."""
    name = learned_rule_vetting.slug(proposal.rule_id.split("/", 1)[-1])
    rule_file = directory / "rules" / f"{name}.yml"
    test_file = directory / "rule-tests" / f"{name}-test.yml"
    if os.path.lexists(rule_file):
        raise FileExistsError(f"{rule_file} exists already; remove it or edit the rule there")
    for sub in (rule_file.parent, test_file.parent):
        sub.mkdir(parents=True, exist_ok=True)
    write_atomic(rule_file, proposal.rule_text, root=root)
    write_atomic(test_file, proposal.tests_text, root=root)
    if not os.path.lexists(directory / "sgconfig.yml"):
        write_atomic(directory / "sgconfig.yml", SGCONFIG, root=root)
    return rule_file, test_file


def save_draft(proposal: Proposal, root: Path) -> Path:
    """The rule as a draft to edit, in this machine's ``.postil/learned/``."""
    from postil.core.workdir import workdir

    draft = workdir(root, "learned") / f"{learned_rule_vetting.slug(proposal.rule_id)}.yml"
    write_atomic(draft, proposal.rule_text)
    return draft
