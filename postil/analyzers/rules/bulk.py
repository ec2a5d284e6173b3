"""Bulk scans through ast-grep's CLI: the same rule YAML, run in Rust on all cores.

For many files this is several times faster than one ast-grep-py traversal per
rule, because the CLI matches every rule in a single pass over each tree. The
results are turned into the same :class:`RawMatch` records the in-process
engine produces, so suppressions, config, fixes and output are shared.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from postil.analyzers.languages import EXTENSION_LANGUAGES, language_of
from postil.analyzers.rules.ascii_regex import ascii_twin, kept_translations
from postil.analyzers.rules.bounded_parse import refused_bytes
from postil.analyzers.rules.bulk_documents import (AS_WRITTEN, LANGUAGE_SEPARATOR, PROBE_PART, PYTHON_ROOT, SCANNED,
                                                    TAINT_MATCH, TAINT_PROBE, implied_probes, scan_documents,
                                                    taint_matchers)
from postil.analyzers.rules.bulk_limits import OutputReader, record_of, run_budget, start_alone, stop_group
from postil.analyzers.rules.engine import RawMatch
from postil.analyzers.rules.message_code import shown_message
from postil.analyzers.rules.rule_model import Rule
from postil.analyzers.rules.scanned import ScannedConfigs
from postil.analyzers.rules.scanned_matches import char_offsets, match_ranges
from postil.analyzers.parse_limits import may_nest_too_deep
from postil.analyzers.rules.record_flood import flood_or_unchecked
from postil.analyzers.rules.leading_comments import reads_code_only, split_hits, with_leading
from postil.analyzers.rules.literal_search import LiteralSearch
from postil.analyzers.rules.many_siblings import many_siblings
from postil.analyzers.rules.literal_prefilter import is_leaf, requirement_literals
from postil.analyzers.syntax import SYNTAX_ERROR
from postil.analyzers.rules.parsed_text import read_otherwise
from postil.core.stoppable import SilenceWatch


# Keep each ast-grep command line well under the kernel's argument limits (Linux: 2 MB in all
# with the environment, at least 128 KB): every run compiles all its rules again (~0.6 G
# instructions for a Python tree's), so a run takes as many paths as fit. And at most so many
# files: a rule's `files` or `ignores` list (see _limited) holds at most half of them, each path
# a YAML node, and ast-grep refuses a rules file past 250,000 nodes (with 1,000 files a run and
# `files` lists only, bench/corpora's did, and the whole check fell back to the rules in process).
_PATH_BYTES_PER_RUN = 96 * 1024
_FILES_PER_RUN = 1500
_NODES_PER_FILE = 100_000  # YAML nodes in one rules file of a run (see _rule_files)
_SUPPRESSION = "ast-grep-ignore"  # a comment under which ast-grep reports nothing
IN_PROCESS = "in-process"  # the id of the one record of a file left to the rules in process (see _narrowed)
_ASCII_TWIN = "@ascii-text"  # (after a document's id) its twin for ASCII files (see _by_text)
# The characters past ASCII the files of a run may hold for the rules to go as twins to them
# (see _by_text): each is a member of the twins' classes, or none.
_EXTRA_CHARACTERS = 64


def ast_grep_binary() -> str | None:
    """The ast-grep executable installed with postil (ast-grep-cli), or in PATH's absolute directories."""
    beside = Path(sys.executable).parent / "ast-grep"
    if beside.exists():
        return str(beside)
    from postil.core.programs import which  # here: a check of a few files imports this module, and never runs ast-grep

    return which("ast-grep")


_GLOB_SPECIAL = frozenset("*?[]{}\\!,")
_PAST_ASCII = re.compile(r"[^\x00-\x7f]")  # a character of a file's that is not ASCII (see _by_text)
# The pre-pass reads no more of a file than this (a committed multi-gigabyte file is not loaded
# into memory); postil checks files up to max-file-size, 1 MB by default.
_NARROW_READ_LIMIT = 16 * 1024 * 1024
# A rule wanted in more of the files than this share gets them all: ast-grep compiles a
# `files` list into globs (~11 M instructions for 260 paths), more than the rule costs on
# the few files without its literals (where it cannot match).
_NARROWED_SHARE = 0.9
# The taint configs (see taint_matchers) go to files up to this size (bytes; the texts whose
# configs search.SharedSearch searches alone): in a handler most of a flow analysis is
# ast-grep-py compiling searches that match nothing, which the scan's answers spare; in a
# library's long files its shared traversal costs less than the CLI matching them (SQLAlchemy's
# lib/: +0.9 s of ast-grep sent to all files, +0.25 s to those up to 16 KB, none seen at 4 KB).
_TAINT_MATCH_SIZE = 4096


def meeting(requirement: object, holders: dict[str, set[int]], unread: set[int],
            memo: dict[int, set[int]]) -> set[int]:
    """The files (indexes) meeting a requirement, as requirement_met would answer for each,
    from ``holders`` (literal -> files holding it); ``unread`` files meet every requirement.
    Set operations per node of the requirement, each node once (``memo``, by id): taint
    probes share their rules' large sink requirements."""
    if isinstance(requirement, str) or is_leaf(requirement):
        return holders.get(requirement if isinstance(requirement, str) else tuple(requirement), set()) | unread
    known = memo.get(id(requirement))
    if known is None:
        mode, parts = requirement
        sets = [meeting(part, holders, unread, memo) for part in parts]
        known = memo[id(requirement)] = set.intersection(*sets) if mode == "all" else set.union(*sets)
    return known


def _narrowed(docs: list[tuple[dict, object]], names: list[str]) -> tuple[list[dict], list[str], dict[str, bool]]:
    """The documents worth sending for files ``names`` (absolute paths): each limited (ast-grep's
    `files`) to the files holding the literals it needs (past their leading comments where it tests
    code alone: leading_comments), and left out where no file does.
    ast-grep pays for every rule on every node of its kinds, and compiles every regex
    up front; most security rules name an API that most files never mention. A file that
    cannot be read, or a path glob syntax could misread, is given every rule. And the Python
    files given the syntax rule within their root (see syntax_documents): those the Python
    taint rules' root document goes to, but for those with `ast-grep-ignore` comments (the rule as
    written goes to none the pre-pass parsed for its depth with no error: the same grammar's tree,
    with no node for it to match). And the files not to give ast-grep at all, each with whether it is checked in process: its parser would
    abort the run on them (parse_limits; they are skipped), its records would grow with the square of
    their size (record_flood), its walk of their siblings take seconds (many_siblings), it would
    misread their `await f<T>(x)` (typed_awaits) or a comment in an argument list (argument_comments)."""
    found = LiteralSearch(sorted(requirement_literals(*(r for _, r in docs)) | {_SUPPRESSION}, key=str))
    holders: dict[str, set[int]] = defaultdict(set)  # (past the files' leading comments)
    in_leading: dict[str, set[int]] = defaultdict(set)  # (only in them)
    unread: set[int] = set()
    small: set[int] = set()  # the files the taint configs are sent to (see _TAINT_MATCH_SIZE)
    parsed: set[int] = set()  # the Python files parsed for their depth with no syntax error (see flood_or_unchecked)
    ascii: set[int] = set()  # the files that are ASCII (see _by_text)
    wide: set[int] = set()  # the others whose characters are known (see _by_text)
    extra: set[str] = set()  # those characters past ASCII
    unsent: dict[str, bool] = {}
    for i, name in enumerate(names):
        try:
            with open(name, "rb") as handle:  # a file past the bound gets every rule, unread
                data = handle.read(_NARROW_READ_LIMIT + 1)
        except OSError:
            unread.add(i)
            continue
        if len(data) > _NARROW_READ_LIMIT:
            unread.add(i)
            continue
        language = language_of(Path(name))
        text = data.decode("utf-8", "replace") if language in ("python", "html") or \
            language is not None and may_nest_too_deep(len(data)) else ""
        flood, why, clean = flood_or_unchecked(data, text, language)
        if flood or why is not None or language == "python" and text and many_siblings(text):
            unsent[name] = why is None  # (else checked in process, where it is skipped with the reason)
            continue
        if read_otherwise(data, language) or refused_bytes(data, language):
            # (ast-grep's CLI would read it as tree-sitter does: parsed_text; or its parse would crawl, which
            # the rules in process refuse with the reason: bounded_parse)
            unsent[name] = True
            continue
        if data.isascii():
            ascii.add(i)
        elif len(extra) <= _EXTRA_CHARACTERS:
            try:
                extra.update(_PAST_ASCII.findall(data.decode("utf-8")))
                wide.add(i)
            except UnicodeDecodeError:
                pass
        if len(data) <= _TAINT_MATCH_SIZE:
            small.add(i)
        if clean and language == "python" and "\ufffd" not in text:  # (the bytes parsed are the file's)
            parsed.add(i)
        body, leading = split_hits(found, data, language)  # (see leading_comments)
        for held, literals in ((holders, body), (in_leading, leading)):
            for literal in literals:
                held[literal].add(i)
    exact = all(_GLOB_SPECIAL.isdisjoint(name) for name in names)
    anywhere = with_leading(holders, in_leading)
    rooted = {i for i in small - anywhere.get(_SUPPRESSION, set())
              if EXTENSION_LANGUAGES.get(os.path.splitext(names[i])[1]) == "python"} \
        if exact and any(doc["id"] == PYTHON_ROOT for doc, _ in docs) else set()
    texts = ((ascii, wide, frozenset(extra)) if len(extra) <= _EXTRA_CHARACTERS else (ascii, set(), frozenset())) \
        if exact else (set(), set(), frozenset())
    memos, chosen = ({}, {}), []  # [document, the files given it, how they are given it]
    with kept_translations([frozenset()] * bool(texts[0]) + [texts[2]] * bool(texts[1])):
        for doc, requirement in docs:
            if doc["id"] in (SYNTAX_ERROR, f"{SYNTAX_ERROR}{LANGUAGE_SEPARATOR}{AS_WRITTEN}"):
                within = doc["id"] == SYNTAX_ERROR
                # (a file the pre-pass parsed with no error has none for the rule to match: the same grammar)
                wanted = rooted if within else set(range(len(names))) - rooted - (parsed if exact else set())
                chosen.append([doc, wanted, _limited])
                continue
            taint = doc["id"].startswith(TAINT_MATCH)
            if requirement is None and not taint:
                chosen.append([doc, set(range(len(names))), _by_text])
                continue
            code = reads_code_only(doc)
            wanted = meeting(requirement, holders if code else anywhere, unread, memos[code]) \
                if requirement is not None else set(range(len(names)))
            if taint:  # all to the same files, or none: a file given the root's gets all it may match
                if not exact:
                    continue
                wanted = wanted & small
                # (a small file without the config's literals may be given it too: it cannot match there)
                wanted = small if len(wanted) >= len(small) * _NARROWED_SHARE else wanted
            if not wanted:
                continue
            if not exact or (len(wanted) >= len(names) * _NARROWED_SHARE and not taint):
                wanted = set(range(len(names)))  # (a file without the literals it needs is spared nothing)
            chosen.append([doc, wanted, _by_text])
        implied = implied_probes(chosen, names)
        out = [_by_text(doc, wanted, names, *texts) if way is _by_text else way(doc, wanted, names)
               for doc, wanted, way in chosen if wanted]
    return out, [names[i] for i in sorted(rooted)], unsent, implied


def _by_text(doc: dict, wanted: set[int], names: list[str], ascii: set[int], wide: set[int],
             extra: frozenset[str]) -> dict:
    """``doc`` limited to the files ``wanted``; where those are all ASCII (``ascii``), or of
    ASCII and the characters ``extra`` (``wide``), as its twin whose regexes hold only those
    (see ascii_regex.ascii_twin), which ast-grep compiles in a fraction of the time a
    Unicode class takes."""
    twin = None
    if wanted <= ascii:
        twin = ascii_twin(doc)
    elif wanted <= ascii | wide:
        twin = ascii_twin(doc, extra)
    if twin is not None:
        doc = {**twin, "id": f"{doc['id']}{_ASCII_TWIN}"}
    return _limited(doc, wanted, names)


def _limited(doc: dict, wanted: set[int], names: list[str]) -> dict:
    """``doc`` for the files ``wanted`` (indexes in ``names``) alone: as a `files` list of
    them, or an `ignores` list of the others where those are fewer (ast-grep compiles each
    path of either into a glob, ~25,000 instructions: on a tree of 1,250 handlers most taint
    configs go to all files but a few, and their `files` lists were ~0.7 G of the scan's 5.4 G)."""
    if len(wanted) == len(names):
        return doc
    if len(wanted) <= len(names) - len(wanted):
        return {**doc, "files": [names[i] for i in sorted(wanted)]}
    return {**doc, "ignores": [name for i, name in enumerate(names) if i not in wanted]}


def _rootless(records: list[dict], name: str, message: str) -> dict | None:
    """A record of the Python syntax rule for a file given it within its root (see
    syntax_documents) where the scan found no root, which is then an ERROR (the rule as
    written matches it); None where it found one."""
    if any(record.get("ruleId") == PYTHON_ROOT for record in records):
        return None
    return {"ruleId": SYNTAX_ERROR, "file": name, "message": message, "range": {"byteOffset": {"start": 0, "end": 0}}}


def scan(rules: list[Rule], files: list[Path], threads: int | None = None, on_start: Callable[[], None] | None = None,
         on_file: Callable[[Path, list[dict]], None] | None = None, probes_only: bool = False) -> dict[Path, list[dict]]:
    """ast-grep's raw JSON matches per file (byte offsets), for files it could scan.
    ``on_start`` is called once ast-grep runs (after the literal pre-pass); ``on_file`` with a
    file's records as soon as ast-grep is done with it (it prints each file's matches
    together), from the calling thread, again with all of them if more should follow.
    ``probes_only``: the taint source probes alone, each to the files a whole scan sends it to (its
    scan_probes the same): all the results cache asks of an edited file (result_cache.reuse)."""
    binary = ast_grep_binary()
    if binary is None or not rules or not files:
        raise FileNotFoundError("ast-grep executable not found")
    results: dict[Path, list[dict]] = defaultdict(list)
    by_name = {os.path.abspath(path): path for path in files}  # `files` globs are matched on the path given
    languages = {language_of(p) for p in files}
    documents = scan_documents(rules, languages, probes_only)
    sent = {doc["id"]: doc["id"] for doc, _ in documents}  # id sent -> the id reported (see _by_text)
    sizes = {doc["id"]: _yaml_nodes(doc) for doc, _ in documents}
    templates = {rule.id: rule.message for rule in rules if "$" in rule.message}
    import tempfile  # here: a check of a few files never runs ast-grep's CLI

    with tempfile.TemporaryDirectory(prefix="postil-bulk-") as tmp:
        for run, chunk in enumerate(_runs([os.path.abspath(p) for p in files])):
            narrowed, rooted, unsent, implied = _narrowed(documents, chunk)
            given = [name for name in chunk if name not in unsent]
            results.update((by_name[name], [{"ruleId": IN_PROCESS}]) for name, whole in unsent.items() if whole)
            if not narrowed or not given:
                continue
            base, cut = _base(chunk)
            narrowed = [_relative(doc, cut) for doc in narrowed]
            config = Path(tmp) / f"sgconfig-{run}.yml"
            rule_dir = Path(tmp) / f"rules-{run}"
            rule_dir.mkdir()
            for k, part in enumerate(_rule_files(narrowed, sizes)):  # JSON is YAML, much faster to write than PyYAML's
                (rule_dir / f"rules-{k}.yml").write_text("\n---\n".join(map(json.dumps, part)), encoding="utf-8")
            config.write_text(f"ruleDirs: [{rule_dir.name}]\nlanguageGlobs: {_language_globs(languages)}\n", encoding="utf-8")
            command = [binary, "scan", "-c", str(config), "--json=stream",
                       "--no-ignore", "hidden", "--no-ignore", "dot", "--no-ignore", "vcs", "--no-ignore", "parent",
                       "--threads", str(threads or os.cpu_count() or 1), "--", *(name[cut:] for name in given)]
            twins = {doc["id"]: doc["id"].removesuffix(_ASCII_TWIN) for doc in narrowed if doc["id"] not in sent}
            _run_streaming(command, base, tmp, {name[cut:]: (by_name[name], _size(name)) for name in given}, {**sent, **twins},
                           templates, results, on_start, on_file,
                           {doc_id: [(probe, {by_name[name] for name in where}) for probe, where in probes]
                            for doc_id, probes in implied.items()})
            message = next((doc.get("message") or SYNTAX_ERROR for doc in narrowed if doc["id"] == SYNTAX_ERROR), "")
            for name in rooted:
                record = _rootless(results.get(by_name[name], []), name, message)
                if record is not None:
                    results[by_name[name]].append(record)
    return results


def _base(names: list[str]) -> tuple[str | None, int]:
    """The directory ast-grep runs in for ``names`` (absolute paths), and how much of each is
    cut to name it from there: their deepest common directory (None, nothing cut: they have
    none, on two Windows drives). ast-grep compiles each path of a `files` or `ignores` list
    into a glob at a cost that grows with its length (SQLAlchemy's lib/, its ~6,400 paths:
    0.29 G instructions absolute, 0.14 G from there)."""
    try:
        base = os.path.commonpath([os.path.dirname(name) for name in names])
    except ValueError:
        return None, 0
    return base, len(base) + (not base.endswith(os.sep))


def _relative(doc: dict, cut: int) -> dict:
    """``doc`` with the paths of its `files` or `ignores` list cut to name them from the run's
    directory (see _base)."""
    key = "files" if "files" in doc else "ignores" if "ignores" in doc else None
    return {**doc, key: [name[cut:] for name in doc[key]]} if key is not None else doc


def _yaml_nodes(value: object) -> int:
    """How many YAML nodes a document is (each mapping, list and scalar, each key)."""
    if isinstance(value, dict):
        return 1 + len(value) + sum(map(_yaml_nodes, value.values()))
    if isinstance(value, list):
        return 1 + sum(map(_yaml_nodes, value))
    return 1


def _rule_files(docs: list[dict], sizes: dict[str, int]) -> list[list[dict]]:
    """``docs`` in rules files of up to _NODES_PER_FILE YAML nodes (``sizes``: each document's
    before its `files` or `ignores` list): ast-grep refuses a file past 250,000 nodes, and
    the lists of a run's ~330 documents over bench/corpora broke it in one file (the whole
    check fell back to the rules in process)."""
    files, nodes = [[]], 0
    for doc in docs:
        size = sizes.get(doc["id"].removesuffix(_ASCII_TWIN), 0) + len(doc.get("files", ())) + len(doc.get("ignores", ())) + 2
        if files[-1] and nodes + size > _NODES_PER_FILE:
            files.append([])
            nodes = 0
        files[-1].append(doc)
        nodes += size
    return files


def _runs(names: list[str]) -> list[list[str]]:
    """``names`` in runs of ast-grep: up to _FILES_PER_RUN files whose paths take up to
    _PATH_BYTES_PER_RUN."""
    runs, size = [[]], 0
    for name in names:
        size += len(os.fsencode(name)) + 1
        if (size > _PATH_BYTES_PER_RUN or len(runs[-1]) >= _FILES_PER_RUN) and runs[-1]:
            runs.append([])
            size = len(os.fsencode(name)) + 1
        runs[-1].append(name)
    return runs


def _language_globs(languages: set[str | None]) -> str:
    """ast-grep's `languageGlobs` for every suffix postil reads as one of ``languages`` (JSON):
    ast-grep's own list leaves some out (`.pyw`), and a file it skips would lose its findings."""
    globs: dict[str, list[str]] = defaultdict(list)
    for suffix, language in EXTENSION_LANGUAGES.items():
        if language in languages:
            globs[language].append(f"*{suffix}")
    return json.dumps(globs)


# CPU seconds ast-grep's CLI may use printing nothing before it is taken to be stuck in one file's
# search and stopped (twice the per-file time limit, checker.FILE_TIME_LIMIT, and a second; see
# SilenceWatch: on a busy machine, waiting for a core is not being stuck): the scan
# falls back to checking in process, where each file's check stops at its own limit (scan.py).
SILENT_SECONDS = 21.0


def _size(name: str) -> int:
    try:
        return os.path.getsize(name)
    except OSError:
        return 0


def _run_streaming(command: list[str], cwd: str | None, tmp: str, given: dict[str, tuple[Path, int]],
                   sent: dict[str, str], templates: dict[str, str], results: dict[Path, list[dict]], on_start, on_file,
                   implied: dict[str, list[tuple[str, set[Path]]]]) -> None:
    """Run one ast-grep scan in ``cwd``, adding its records to ``results`` as it prints them
    (``given``: each path given to the file and its size; ``sent``: the ids of the documents sent, each to
    the id its records are given; ``templates``: the messages with metavariables by rule id),
    each kept with what raw_matches reads, its message's code cut (see message_code); and a
    record of each probe a record stands for in its file (``implied``, see implied_probes). Raises
    RuntimeError when the run passes its budget of CPU (bulk_limits), prints nothing for too long,
    prints what is not its records, or ends by a signal: its records are then not all of them."""
    import subprocess

    by_name = {name: path for name, (path, _) in given.items()}
    given_bytes = sum(size for _, size in given.values())
    budget = run_budget(given_bytes)
    current, printed, seen = None, False, set()
    with open(Path(tmp) / "stderr", "w+b") as errors, \
            subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=errors, text=True,
                             env={**os.environ, "RUST_BACKTRACE": "0"}, **start_alone()) as proc:
        if on_start is not None:
            on_start()
        with SilenceWatch(proc, SILENT_SECONDS, budget, lambda: stop_group(proc)) as watch:
            try:
                for line in OutputReader(proc.stdout, max((size for _, size in given.values()), default=0),
                                         given_bytes):
                    watch.heard()
                    printed = True
                    taint = _taint_record(line)
                    record = taint or record_of(line)
                    path = by_name.get(record["file"])
                    rule_id = sent.get(record.get("ruleId"))
                    if path is None or rule_id is None:  # only the rules postil sent
                        continue
                    if taint is not None:  # (holds no more than is kept, and no message)
                        record["ruleId"] = rule_id
                    else:
                        record = {key: record[key] for key in _READ if key in record} | {"ruleId": rule_id}
                        template = templates.get(rule_id.split(LANGUAGE_SEPARATOR, 1)[0])
                        if template is not None and "message" in record:
                            record["message"] = shown_message(record["message"], template)
                    if path is not current and current is not None and on_file is not None:
                        on_file(current, list(results[current]))
                    current = path
                    seen.add(path)
                    results[path].append(record)
                    for probe, where in implied.get(rule_id, ()):
                        if path in where:
                            results[path].append({"file": record["file"], "ruleId": probe})
            except (RuntimeError, ValueError) as exc:  # (what it printed is not read on: files checked in process)
                stop_group(proc)
                proc.wait()
                if isinstance(exc, RuntimeError):
                    raise
                raise RuntimeError(f"ast-grep printed what postil cannot read ({exc})") from None
        proc.wait()
        if watch.stopped:  # its records so far are not all of them: the files are checked in process
            what = f"used more than {budget:.0f} s of CPU for {len(given)} files ({given_bytes / 1e6:.1f} MB)" \
                if watch.over_budget else f"printed nothing for {SILENT_SECONDS:g} s of CPU"
            raise RuntimeError(f"ast-grep {what} and was stopped{_unreported(given, seen)}")
        if current is not None and on_file is not None:
            on_file(current, list(results[current]))
        if proc.returncode < 0:  # ended by a signal (an assertion in a grammar aborts it): records lost
            raise RuntimeError(f"ast-grep ended by signal {-proc.returncode}")
        errors.seek(0)
        if proc.returncode not in (0, 1) and not printed:
            raise RuntimeError(f"ast-grep failed: {errors.read().decode('utf-8', 'replace').strip()[:500]}")


def _unreported(given: dict[str, tuple[Path, int]], seen: set[Path]) -> str:
    """Which file a stopped run was likely stuck in: the largest of those it printed nothing of."""
    left = [(size, name) for name, (path, size) in given.items() if path not in seen]
    if not left:
        return ""
    size, name = max(left)
    return f" (the largest of the {len(left)} files it printed nothing of: {name}, {size / 1e3:.0f} KB)"


_RULE_KEY, _FILE_KEY = '"ruleId":"', '"file":"'
# What is kept of a record (its text, lines and metavariables: each the whole match, which nested
# matches repeat, are not).
_READ = ("file", "range", "message", "replacement", "replacementOffsets", "json")


def _taint_record(line: str) -> dict | None:
    """A record of a taint probe or config (see probed_taint_rules) as its rule id and file
    only, read without decoding the rest (its text, lines and metavariables: most of a bulk
    scan's records, ~45 us each to decode); None for any other record. A JSON string holds no
    unescaped quote, so the keys found are the record's own."""
    at = line.find(_RULE_KEY)
    if at < 0 or not line.startswith((TAINT_MATCH, TAINT_PROBE), at + len(_RULE_KEY)):
        return None
    rule_id = line[at + len(_RULE_KEY):line.find('"', at + len(_RULE_KEY))]
    at = line.find(_FILE_KEY)
    if at < 0:
        return None
    record = {"ruleId": rule_id, "file": json.decoder.scanstring(line, at + len(_FILE_KEY))[0]}
    if rule_id.startswith(TAINT_MATCH) and not rule_id.startswith(TAINT_MATCH + SCANNED):
        record["json"] = match_ranges(line, at)  # (decoded only where the config is asked)
    return record


def left_in_process(records: list[dict]) -> bool:
    """Whether a bulk scan left a file to the rules in process (see _narrowed): it has no records of its own."""
    return records == [{"ruleId": IN_PROCESS}]


def scan_probes(records: list[dict]) -> list[str] | None:
    """The ids of the taint source probes that matched in a file's records, sorted (see
    probed_taint_rules); None for a file the scan left to the rules in process."""
    return None if left_in_process(records) else sorted(probed_taint_rules(records)[0])


def scan_answers_only(records: list[dict]) -> bool:
    """Whether a file's records are only the taint configs the scan found and its mark that it
    scanned the file (see probed_taint_rules): no pattern rule and no source probe matched."""
    probed, _, others = probed_taint_rules(records)
    return not probed and not others


def probed_taint_rules(records: list[dict]) -> tuple[set[str], dict[str, list] | None, list[dict]]:
    """The taint probes that matched in a file's records (see Rule.taint_probe), the keys
    of the taint configs that did, each with its records' JSON lines (see taint_configs;
    None: the scan did not run them on the file), and the other records."""
    probed, matched, scanned, others = set(), {}, False, []
    for record in records:
        rule_id = record["ruleId"].split(LANGUAGE_SEPARATOR, 1)[0]
        if rule_id.startswith(TAINT_PROBE):
            probed.add(rule_id.split(PROBE_PART, 1)[0])
        elif rule_id == TAINT_MATCH + SCANNED:
            scanned = True
        elif rule_id.startswith(TAINT_MATCH):
            matched.setdefault(rule_id[len(TAINT_MATCH):], []).append(record.get("json"))
        else:
            others.append(record)
    return probed, matched if scanned else None, others


_SENT: dict[tuple[int, str], tuple[list, frozenset[str]]] = {}  # (id of the rules, language) -> (the rules, keys sent)


def scanned_taint(rules: list[Rule], language: str, matched: dict[str, list], text: str) -> ScannedConfigs | None:
    """What a bulk scan of ``rules`` found of their taint configs in one file of ``language``
    it scanned (see probed_taint_rules), ``matched`` the keys of those found with their
    records' JSON lines; None for a text
    with `ast-grep-ignore` comments, under which ast-grep reports nothing."""
    if _SUPPRESSION in text:
        return None
    key = (id(rules), language)  # (the checker's list, the same for each of its files: held, so its id stays)
    cached = _SENT.get(key)
    if cached is None or cached[0] is not rules:
        if len(_SENT) >= 256:  # rule reloads leave old ones behind
            _SENT.clear()
        sent = [doc["id"] for doc, _ in taint_matchers([r for r in rules if r.taint is not None], {language})]
        cached = _SENT[key] = (rules, frozenset(i[len(TAINT_MATCH):].split(LANGUAGE_SEPARATOR, 1)[0] for i in sent))
    return ScannedConfigs(cached[1], frozenset(matched), matched)


def raw_matches(records: list[dict], text: str) -> list[RawMatch]:
    """ast-grep JSON records for one file → RawMatch with string (not byte) offsets.
    ``text`` must be the file's exact decoding (see core.decoding.decode_source)."""
    wanted = set()
    for record in records:
        span = record["range"]["byteOffset"]
        wanted.update((span["start"], span["end"]))
        if record.get("replacementOffsets"):
            wanted.update((record["replacementOffsets"]["start"], record["replacementOffsets"]["end"]))
    char = char_offsets(text, wanted)

    out = []
    for record in records:
        rule_id = record["ruleId"].split(LANGUAGE_SEPARATOR, 1)[0]
        span = record["range"]["byteOffset"]
        offsets = record.get("replacementOffsets") or span
        if any(o not in char for o in (span["start"], span["end"], offsets["start"], offsets["end"])):
            continue  # (inside a character or past the end: a record of another text)
        start, end = char[span["start"]], char[span["end"]]
        replacement = record.get("replacement")
        if replacement is not None:
            r_start, r_end = char[offsets["start"]], char[offsets["end"]]
            # Widen to the match so trimming and validation see the whole fix.
            replacement = text[min(start, r_start):r_start] + replacement + text[r_end:max(end, r_end)]
            start, end = min(start, r_start), max(end, r_end)
        out.append(RawMatch(rule_id, start, end, record.get("message") or rule_id, replacement))
    return out
