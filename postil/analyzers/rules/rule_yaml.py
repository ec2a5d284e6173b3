"""Rule files' YAML documents as the loader reads them: bounded (a rule file is untrusted
input), parsed once and kept in the user's cache, with ast-grep's ``metadata`` forms of
taint rules and taint sets read and each file's taint sets expanded into its rules.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from postil import __version__
from postil.analyzers.rules.rule_model import RuleError
from postil.core import usercache
from postil.core.walk import SkipFile, read_regular

# Rule files are untrusted input (a cloned repository ships them): these bound what
# reaches the YAML composer (which recurses in C: a 100k-deep list crashes the process)
# and ast-grep (which crashes on deep rule trees and expands every alias).
MAX_RULE_FILE_BYTES = 1_000_000
MAX_YAML_DEPTH = 64  # nesting of collections in one document
MAX_RULE_NODES = 10_000  # values in one document, each alias counted as the tree it stands for
MAX_RULE_STRING = 10_000  # characters in one value: a 60k-character nested pattern crashes ast-grep
_NEXT_DOCUMENT = re.compile(r"^---(?:[ \t]|$)", re.MULTILINE)


def _document_spans(text: str) -> list[tuple[int, int, str | None, str | None]]:
    """(start, end, problem, duplicate) of each YAML document, found from parser events
    without building anything; a document nested too deeply or refused by the parser gets a
    problem and the scan resumes at the next ``---`` after it; ``duplicate`` names the first key written twice in one
    mapping (PyYAML keeps the last value, the ast-grep CLI refuses the file)."""
    import yaml

    opens = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
    closes = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    nodes = (yaml.ScalarEvent, yaml.AliasEvent, *opens)
    spans: list[tuple[int, int, str | None, str | None]] = []
    offset = 0
    while offset < len(text):
        resume = None
        try:
            start = 0
            collections: list[list | None] = []  # per open collection: a mapping's [keys seen, next is a key]
            duplicate = None
            for event in yaml.parse(text[offset:], Loader=yaml.CSafeLoader):
                if isinstance(event, nodes) and collections and collections[-1] is not None:
                    mapping = collections[-1]
                    if mapping[1] and isinstance(event, yaml.ScalarEvent):
                        if event.value in mapping[0] and duplicate is None:
                            line = text.count("\n", 0, offset) + event.start_mark.line + 1
                            duplicate = f"line {line}: key `{event.value[:80]}` is written twice in one mapping"
                        mapping[0].add(event.value)
                    mapping[1] = not mapping[1]
                if isinstance(event, yaml.DocumentStartEvent):
                    start, collections, duplicate = event.start_mark.index, [], None
                elif isinstance(event, yaml.DocumentEndEvent):
                    spans.append((offset + start, offset + event.end_mark.index, None, duplicate))
                elif isinstance(event, opens):
                    collections.append([set(), True] if isinstance(event, yaml.MappingStartEvent) else None)
                    if len(collections) > MAX_YAML_DEPTH:
                        spans.append((offset + start, offset + event.start_mark.index,
                                      f"nested deeper than {MAX_YAML_DEPTH} levels", None))
                        resume = _NEXT_DOCUMENT.search(text, offset + event.start_mark.index)
                        break
                elif isinstance(event, closes):
                    collections.pop()
        except yaml.YAMLError as exc:
            # a document libyaml refuses ends there; the next `---` after the error starts over
            mark = getattr(exc, "problem_mark", None)
            at = offset + (mark.index if mark is not None else len(text) - offset)
            problem = (f"nested deeper than {MAX_YAML_DEPTH} levels" if "nesting depth" in str(exc)
                       else f"invalid YAML: {' '.join(str(exc).split())}")
            spans.append((offset + start, at, problem, None))
            resume = _NEXT_DOCUMENT.search(text, max(at, offset + 1))
        if resume is None:
            break
        offset = resume.start()
    return spans


def tree_problem(doc: object) -> str | None:
    """Whether a loaded document is too big or deep once its aliases are expanded
    (a few hundred bytes of aliases can stand for billions of nodes), or holds a value
    too long to hand to ast-grep."""
    stack, nodes = [(doc, 1)], 0
    while stack:
        value, depth = stack.pop()
        nodes += 1
        if nodes > MAX_RULE_NODES:
            return f"more than {MAX_RULE_NODES} values once YAML aliases are expanded"
        if depth > MAX_YAML_DEPTH:
            return f"nested deeper than {MAX_YAML_DEPTH} levels (through YAML aliases)"
        if isinstance(value, str) and len(value) > MAX_RULE_STRING:
            return f"a value longer than {MAX_RULE_STRING} characters (a pattern that long can crash ast-grep)"
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
            stack.extend((k, depth + 1) for k in value if isinstance(k, (tuple, dict, list)))
        elif isinstance(value, (list, tuple)):
            stack.extend((v, depth + 1) for v in value)
    return None


def load_yaml_documents(path: Path) -> tuple[list[object], list[RuleError]]:
    """The documents of an untrusted YAML file (size, nesting and alias expansion
    limited), and a problem for each one refused; the others still load."""
    try:
        content = read_regular(path, MAX_RULE_FILE_BYTES, "the limit for rule files")
        text = content.decode("utf-8")
    except SkipFile as exc:
        return [], [RuleError(str(path), None, f"not loaded: {exc}")]
    except (OSError, UnicodeDecodeError) as exc:
        return [], [RuleError(str(path), None, f"cannot read: {exc}")]
    kind = parsed_kind()
    key = usercache.content_key(kind, content)
    cached = usercache.read_json(kind, key)
    if isinstance(cached, dict) and isinstance(cached.get("docs"), list) and isinstance(cached.get("errors"), list) \
            and all(isinstance(e, list) and len(e) == 2 for e in cached["errors"]):
        return cached["docs"], [RuleError(str(path), rule_id, problem) for rule_id, problem in cached["errors"]]
    docs, errors = _parse_documents(path, text)
    usercache.write_json(kind, key, {"docs": docs, "errors": [[e.rule_id, e.problem] for e in errors]})
    return docs, errors


def load_trusted_documents(path: Path) -> tuple[list[object], list[RuleError]]:
    """The documents of a rule file shipped with postil (as trusted as its code), in one parse
    and kept nowhere (builtin_packs keeps what it builds from them): what load_yaml_documents
    gives them (a test holds the packs to it), without its guards against a hostile file, which
    cost a parse of their own. A file that does not parse so is read by load_yaml_documents."""
    import yaml

    try:
        loader = yaml.CSafeLoader(path.read_bytes())
    except OSError:
        return load_yaml_documents(path)
    try:
        docs = []
        while loader.check_node():
            doc = _plain_node(loader, loader.get_node(), {})
            if doc is not None:
                docs.append(doc)
    except (yaml.YAMLError, TypeError, RecursionError):
        return load_yaml_documents(path)
    finally:
        loader.dispose()
    return _expand_taint_sets(path, docs, [])


_STR, _SEQ, _MAP, _MERGE = (f"tag:yaml.org,2002:{tag}" for tag in ("str", "seq", "map", "merge"))


def _plain_node(loader, node, made: dict[int, object]) -> object:
    """What ``loader`` constructs from a composed ``node``: strings, lists and plain mappings
    built here, the rest (numbers, booleans, null, merge keys) by the loader itself. PyYAML's
    constructor is a third of a pack's parse; ``made`` shares what an alias repeats, as it does."""
    tag = node.tag
    if tag == _STR:
        return node.value
    if id(node) not in made:
        if tag == _SEQ:
            made[id(node)] = [_plain_node(loader, item, made) for item in node.value]
        elif tag == _MAP and not any(key.tag == _MERGE for key, _ in node.value):
            made[id(node)] = {_plain_node(loader, key, made): _plain_node(loader, value, made) for key, value in node.value}
        else:
            made[id(node)] = loader.construct_document(node)
    return made[id(node)]


# Parsing a rule file is most of the server's start-up (PyYAML builds Python objects in
# Python): the parsed documents are kept in the user's cache, keyed by the file's bytes.
@lru_cache(maxsize=1)
def parsed_kind() -> str:
    """The cache kind of parsed rule files: postil's version, the limits, and which PyYAML parses
    (a digest of its ``__init__.py``, which names its version), found without importing PyYAML:
    a cache hit, the usual case, never needs it."""
    from importlib.util import find_spec

    spec = find_spec("yaml")
    try:
        parser = hashlib.sha256(Path(spec.origin).read_bytes()).hexdigest()[:16] if spec and spec.origin else "none"
    except OSError:
        parser = "unreadable"
    return f"rule-yaml-unique-keys-{__version__}-{parser}-{MAX_YAML_DEPTH}-{MAX_RULE_NODES}-{MAX_RULE_STRING}"


def parse_rule_text(text: str, source: str) -> tuple[list[object], list[RuleError]]:
    """The documents of rule YAML given as text (a model's answer), under a rule file's limits."""
    return _parse_documents(Path(source), text)


def _parse_documents(path: Path, text: str) -> tuple[list[object], list[RuleError]]:
    import yaml

    docs, errors = [], []
    for number, (start, end, problem, duplicate) in enumerate(_document_spans(text), 1):
        doc = None
        if problem is None:
            try:
                doc = yaml.load(text[start:end], Loader=yaml.CSafeLoader)
            except yaml.YAMLError as exc:
                problem = f"invalid YAML: {' '.join(str(exc).split())}"
            else:
                problem = tree_problem(doc) or duplicate and f"{duplicate} (ast-grep refuses the file; keep one)"
        if problem is None:
            if doc is not None:
                docs.append(doc)
            continue
        rule_id = doc.get("id") if isinstance(doc, dict) and isinstance(doc.get("id"), str) else None
        if rule_id is None and number > 1:
            problem = f"document {number}: {problem}"
        errors.append(RuleError(str(path), rule_id, problem))
    return _expand_taint_sets(path, docs, errors)


def _from_metadata(doc: object) -> object:
    """A document in the form ast-grep's CLI loads — a taint rule's spec under ``metadata.taint``
    (its ``rule`` is what ast-grep runs; postil follows the flow instead), a set's items under
    ``metadata.taint-set`` with the set's name as ``id`` — in the form read below (``taint``;
    ``taint-set`` and ``items``)."""
    if not (isinstance(doc, dict) and isinstance(doc.get("metadata"), dict)) or "taint" in doc:
        return doc
    metadata = doc["metadata"]
    if "taint-set" in metadata:
        return {"taint-set": doc.get("id"), "items": metadata["taint-set"]}
    if not isinstance(metadata.get("taint"), dict):
        return doc
    rule = {key: value for key, value in doc.items() if key not in ("rule", "metadata")}
    return {**rule, "metadata": {**metadata, "taint": True}, "taint": metadata["taint"]}


def _taint_sets(path: Path, docs: list[object], errors: list[RuleError]) -> dict[str, list]:
    """The file's ``taint-set:`` documents by name (a bad one becomes an error)."""
    sets: dict[str, list] = {}
    for doc in docs:
        if not (isinstance(doc, dict) and "taint-set" in doc):
            continue
        name, items = doc["taint-set"], doc.get("items")
        if not isinstance(name, str) or not name or set(doc) != {"taint-set", "items"}:
            errors.append(RuleError(str(path), None, "a taint set has `taint-set: NAME` and `items` only"))
        elif not isinstance(items, list) or not all(isinstance(i, dict) and "set" not in i for i in items):
            errors.append(RuleError(str(path), None, f"taint set `{name}`: `items` must be a list of "
                                                      "ast-grep rules (not other sets)"))
        elif name in sets:
            errors.append(RuleError(str(path), None, f"taint set `{name}` is defined twice"))
        else:
            sets[name] = items
    return sets


def _expand_taint_sets(path: Path, docs: list[object], errors: list[RuleError]) -> tuple[list[object], list[RuleError]]:
    """The rule documents with each ``- {set: NAME}`` in a ``taint:`` list replaced by the
    items of the file's ``taint-set: NAME`` document (sets are written once per file:
    YAML anchors do not cross ``---``); a rule naming an unknown set becomes an error."""
    docs = [_from_metadata(doc) for doc in docs]
    sets = _taint_sets(path, docs, errors)
    expanded = []
    for doc in docs:
        if isinstance(doc, dict) and "taint-set" in doc:
            continue
        if isinstance(doc, dict) and isinstance(doc.get("taint"), dict):
            rule_id = doc.get("id") if isinstance(doc.get("id"), str) else None
            unknown: list[str] = []
            taint = {key: _with_sets(items, sets, unknown) if isinstance(items, list) else items
                     for key, items in doc["taint"].items()}
            doc = {**doc, "taint": taint}
            problem = tree_problem(doc)
            if unknown:
                problem = f"unknown taint set {', '.join(unknown)} (sets in this file: {', '.join(sorted(sets)) or 'none'})"
            if problem:
                errors.append(RuleError(str(path), rule_id, problem))
                continue
        expanded.append(doc)
    return expanded, errors


def _with_sets(items: list, sets: dict[str, list], unknown: list[str]) -> list:
    """``items`` with each ``{set: NAME}`` replaced by the set's items; unknown names are added to
    ``unknown``. Expansion stops past the node limit (a hostile file can name a big set many
    times), which the expanded document then fails."""
    result = []
    for item in items:
        if len(result) > MAX_RULE_NODES:
            break
        if not (isinstance(item, dict) and list(item) == ["set"]):
            result.append(item)
        elif isinstance(item["set"], str) and item["set"] in sets:
            result.extend(sets[item["set"]])
        else:
            unknown.append(f"`{item['set']}`")
    return result
