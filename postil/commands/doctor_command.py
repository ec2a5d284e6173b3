"""``postil doctor``: the LLM settings in effect, whether the provider answers (one cheap
call), the index status, versions, and what would be sent where."""

from __future__ import annotations

import argparse
import json
import os
import platform
from pathlib import Path

from postil.commands.workspace_arg import add_workspace_argument, workspace_of
from postil.core.terminal import say

PACKAGES = ("postil", "ast-grep-py", "tree-sitter", "tree-sitter-language-pack", "pygls", "lsprotocol", "openai",
            "anthropic", "chromadb", "pydantic")


def register(subparsers) -> None:
    parser = subparsers.add_parser("doctor", help="check the LLM provider, index and setup; show what would be sent where")
    add_workspace_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--no-call", action="store_true", help="do not call the provider")
    parser.set_defaults(handler=run)


def _versions() -> dict:
    from importlib import metadata

    out = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def _ping(settings) -> dict:
    from postil.analyzers.llm.provider_errors import ProviderError
    from postil.analyzers.llm.providers import Provider, Request

    quick = settings.config.model_copy(update={"retries": 0, "timeout": min(settings.config.timeout, 15.0)})
    from dataclasses import replace

    provider = Provider(replace(settings, config=quick))
    request = Request(system='Reply with the JSON {"ok": true} and nothing else.', user="ping",
                      schema={"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"],
                              "additionalProperties": False},
                      model=settings.model or "", schema_name="ping", max_output_tokens=16)
    try:
        response = provider.complete(request)
    except ProviderError as exc:
        return {"ok": False, "error": str(exc), "kind": exc.kind}
    return {"ok": True, "latency_ms": round(response.latency * 1000), "model": response.model,
            "tokens": response.input_tokens + response.output_tokens}


def _model_server(root: Path, settings) -> dict:
    """What the review knows of the model server: its context window (and whether a review
    fits in it) and the circuit breaker's state, kept across runs."""
    from postil.analyzers.llm.prompt import system_text
    from postil.analyzers.llm.reviewer import Reviewer

    reviewer = Reviewer(root, settings, use_index=False)
    try:
        window, source = reviewer.window.described()
        breaker = reviewer.provider.breaker
        return {"context_window": {"tokens": window, "source": source,
                                   "fits_a_review": reviewer.window.output_room(
                                       system_text(), settings.config.max_output_tokens) is not None},
                "breaker": {"state": breaker.state, "failures": breaker.consecutive,
                            "paused_for": round(breaker.remaining) if breaker.state == "open" else 0}}
    finally:
        reviewer.close()


def _index_status(root: Path) -> dict:
    from postil.core.workdir import NAME, WorkdirError, workdir
    from postil.rag.indexer import INDEX_DIR

    if os.path.lexists(root / NAME):
        try:
            workdir(root)  # a foreign .postil is moved aside (and said) before anything in it is read
        except WorkdirError as exc:
            return {"exists": False, "note": str(exc)}
    directory = root / INDEX_DIR
    if not directory.exists():
        return {"exists": False, "note": "built automatically (incrementally) before the first review"}
    try:
        from postil.rag.indexer import WorkspaceIndex

        index = WorkspaceIndex.from_config(root)
        index.open()
        files, chunks = index.catalog.counts()
        status = {"exists": True, "path": str(directory), "files": files, "chunks": chunks,
                  "embeddings": index.backend.identity}
        index.close()
        return status
    except Exception as exc:  # noqa: BLE001 - doctor reports, never crashes
        return {"exists": True, "path": str(directory), "error": str(exc)}


def _model_status(root: Path) -> dict | None:
    """The local embedding model the index uses beside ``hash``: its directory, which setting
    named it, how much of the index it covers; None when there is none to use."""
    from postil.rag.index_vectors import MODEL_COVERAGE
    from postil.rag.indexer import INDEX_DIR, WorkspaceIndex

    messages: list[str] = []
    try:
        index = WorkspaceIndex.from_config(root, on_message=messages.append)
        try:
            model = index.local_model
            if model is None:
                return {"path": str(index.model_path), "source": index.model_source,
                        "error": messages[-1].removeprefix("postil: ")} if messages else None
            status = {"path": str(model.directory), "source": index.model_source, "model": model.model,
                      "window": model.window, "coverage": None, "in_use": False}
            if model is not index.model_backend:  # embeddings = "onnx": every vector is the model's
                status.update(coverage=1.0, in_use=True, embeddings="onnx")
            elif (root / INDEX_DIR).exists():
                index.open()
                status["coverage"] = round(index.model_coverage(), 3)
                status["in_use"] = status["coverage"] >= MODEL_COVERAGE
            return status
        finally:
            index.close()
    except Exception as exc:  # noqa: BLE001 - doctor reports, never crashes
        return {"path": None, "source": None, "error": str(exc)}


def _print_model(model: dict | None) -> None:
    if model is None:
        print("embedding model: none (the offline 'hash' vectors; set [tool.postil.index] model-path, "
              "or run `postil index --download-model all-MiniLM-L6-v2`)")
    elif "error" in model:
        where = f"{model['path']} (from {model['source']}) " if model["path"] not in (None, "None") else ""
        say(f"embedding model: {where}not used: {model['error']}")
    elif model.get("embeddings") == "onnx":
        say(f"embedding model: {model['path']} (from {model['source']}; first {model['window']} word pieces "
            "of a chunk) — index.embeddings = \"onnx\": every vector is the model's")
    else:
        coverage = ("index not built yet" if model["coverage"] is None else
                    f"{model['coverage']:.0%} of the chunks embedded; " +
                    ("search uses it" if model["in_use"] else "search uses it from 90%, built in the background"))
        say(f"embedding model: {model['path']} (from {model['source']}; first {model['window']} word pieces "
            f"of a chunk) — {coverage}")


def _team_status(root: Path) -> dict:
    """The team server, the published commit, how far this clone is from it, the overlay size."""
    from postil.rag.indexer import WorkspaceIndex
    from postil.rag.team import status

    try:
        index = WorkspaceIndex.from_config(root, on_message=lambda _m: None)
        try:
            return vars(status(index))
        finally:
            index.close()
    except Exception as exc:  # noqa: BLE001 - doctor reports, never crashes
        return {"server": None, "error": str(exc)}


def _config_notes(loaded, settings) -> list[str]:
    """Settings that silently do nothing (``Checker.notes``) for the LLM ``settings`` in effect."""
    from postil.analyzers.checker import Checker

    return Checker(loaded).notes(settings.provider if settings.enabled else "none")


def _rules_status(loaded) -> dict | None:
    """The configured ``rule-dirs``: how many rules they hold and what of them was refused or
    dropped (None when there are none)."""
    from postil.analyzers.rules.loader import dropped_url_notes, load_rule_dirs

    if not loaded.settings.rule_dirs:
        return None
    directories, refused = loaded.rule_directories()
    rules, errors = load_rule_dirs(directories, compile_check=False)
    return {"rule_dirs": [str(d) for d in directories], "rules": len(rules),
            "problems": [*refused, *map(str, errors)], "notes": dropped_url_notes(rules)}


def endpoints(settings, config, root: Path) -> list[dict]:
    """Every endpoint that receives anything from this workspace, and what it receives."""
    from postil.analyzers.llm.prompt import GUIDELINE_FILES
    from postil.rag.embeddings import remote_endpoint

    out = []
    if settings.provider != "none":
        c = settings.config
        guidelines = next((name for name in GUIDELINE_FILES if (root / name).is_file()), None)
        out.append({"endpoint": settings.endpoint, "kind": "LLM", "model": settings.model, "receives": [
            "the code under review (changed functions, the function under the cursor, or the staged hunks' "
            "functions) with 6 lines around it" + (f"; with {c.fast_model}, the same code for triage" if c.fast_model else ""),
            f"up to {c.context_budget} tokens of repository context (definitions called, callers, similar code)"
            + (f", including guidelines from {guidelines}" if guidelines else ""),
            "the rule findings already reported on that code; on request, a question or problem to explain or fix",
            "the API key " + (f"from {settings.key_source}" if settings.key_source else "(none set)"),
            "`postil review --dry-run` prints every request exactly",
        ]})
    index = config.index
    embeddings = remote_endpoint(index.embeddings, index.base_url)
    if embeddings is not None:
        out.append({"endpoint": embeddings, "kind": "embeddings", "model": index.model, "receives": [
            ("every chunk of every indexed file (path, heading and text) when it is new or changed, and the code "
             "under review as the similarity query"),
            "OPENAI_API_KEY, when it is set",
            "`postil index --dry-run` prints every request exactly",
        ]})
    if index.chroma_url:
        out.append({"endpoint": index.chroma_url, "kind": "Chroma server", "model": None, "receives": [
            ("from `postil index --publish` only: for one commit, every indexed file's path, content hash and git blob "
             "id, its chunks' masked text, lines, symbol definitions and references, and their vectors; the commit "
             "id, embeddings and the repository name (index.collection, else the remote URL)"),
            "from reviews and searches: the query vector; never the text of uncommitted or unpublished files",
            *([f"the API key in ${index.chroma_api_key_env} (tenant {index.chroma_tenant or 'from the key'}, database "
               f"{index.chroma_database or 'from the key'})"] if index.chroma_api_key_env else []),
        ]})
    return out


def _gate_summary(config) -> list[str]:
    """What never leaves, and how what leaves is masked (the egress gate, for every endpoint)."""
    from postil.gate.egress import DEFAULT_EXCLUDES

    configured = [*config.exclude, *config.llm.exclude, *config.index.exclude]
    return [
        "never sent or indexed: " + ", ".join(DEFAULT_EXCLUDES) + (
            "; and from your config: " + ", ".join(configured) if configured else ""),
        "never sent: files whose real path is outside the workspace (symlinks out), or that link to an excluded file",
        "masked in every file before anything is cut from it: secrets the secret rules find, private-key lines, "
        "high-entropy values, passwords in URLs, values in .env-style files"
        + (f", and {len(config.llm.redact_patterns)} redact-pattern(s)" if config.llm.redact_patterns else ""),
    ]


def _egress_settings(loaded, settings) -> dict:
    """Every egress key's value in effect and where it came from (environment, user
    config file, trusted project file, or default)."""
    from postil.config import EGRESS_KEYS, key_name

    values = {"llm.provider": settings.provider, "llm.model": settings.model, "llm.base-url": settings.base_url,
              "llm.review": settings.review_mode}
    out = {}
    for table, name in EGRESS_KEYS:
        key = key_name((table, name))
        value = values[key] if key in values else getattr(getattr(loaded.settings, table), name)
        out[key] = {"value": value, "source": settings.sources.get(key) or loaded.sources.get(key, "default")}
    return out


def run(args: argparse.Namespace) -> int:
    from postil.analyzers.llm.state import Budget, State
    from postil.config import load_config
    from postil.config.environment import resolve
    from postil.trust_store import user_config_path

    root = workspace_of(args.path, "doctor")
    if root is None:
        return 2
    loaded = load_config(root)  # a config or environment that cannot be used: said by cli.main
    settings = resolve(loaded.settings.llm, sources=loaded.sources)
    report: dict = {"workspace": str(root), "config_file": str(loaded.path) if loaded.path else None,
                    "user_config_file": str(user_config_path()) if loaded.user_path else None,
                    "egress_settings": _egress_settings(loaded, settings),
                    "ignored": {"file": str(loaded.path), "keys": list(loaded.refused), "why": loaded.refusal,
                                "notice": loaded.egress_notice} if loaded.refused else None,
                    "limits_held": {"file": str(loaded.path), "asked": list(loaded.limited),
                                    "notice": loaded.limits_notice} if loaded.limited else None,
                    "llm": settings.describe(), "versions": _versions(), "index": _index_status(root),
                    "model": _model_status(root), "rules": _rules_status(loaded),
                    "config_notes": _config_notes(loaded, settings),
                    "team": _team_status(root) if loaded.settings.index.chroma_url else None}
    ok = True
    if settings.provider == "none":
        report["provider"] = {"ok": None, "note": "no provider configured: rules only (set [llm] provider in your user config, "
                                                  "POSTIL_LLM_PROVIDER, or trust the project config)"}
    elif args.no_call:
        report["provider"] = {"ok": None, "note": "not called (--no-call)"}
    else:
        report["provider"] = {**_ping(settings), **_model_server(root, settings)}
        ok = bool(report["provider"]["ok"])
    report["endpoints"] = endpoints(settings, loaded.settings, root)
    report["gate"] = _gate_summary(loaded.settings)
    if settings.provider != "none":
        state = State(root)
        tokens, usd = Budget(state, settings.config).spent()
        state.close()
        report["budget_today"] = {"tokens": tokens, "usd": round(usd, 6),
                                  "limit_tokens": settings.config.daily_budget_tokens,
                                  "limit_usd": settings.config.daily_budget_usd}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0 if ok else 1
    say(f"workspace: {root}")
    say(f"config: {report['config_file'] or '(no project config file)'}; "
        f"user config: {report['user_config_file'] or f'none ({user_config_path()})'}")
    print("settings that decide what leaves the machine, and where each came from:")
    for key, entry in report["egress_settings"].items():
        say(f"  {key} = {entry['value'] if entry['value'] is not None else '(unset)'}  [{entry['source']}]")
    if report["ignored"]:
        print(f"  ignored: {report['ignored']['notice'].removeprefix('postil: ')}")
    if report["limits_held"]:
        print(f"limits: {report['limits_held']['notice'].removeprefix('postil: ')}")
    for note in report["config_notes"]:
        say(f"config: warning: {note}")
    llm = report["llm"]
    say(f"LLM provider: {llm['provider']}" + (f" — model {llm['model']} at {llm['endpoint']}, API key {llm['api_key']}, "
                                              f"review {llm['review']}" if settings.provider != "none" else ""))
    overridden = {k: v for k, v in llm["sources"].items() if str(v).startswith("env:")}
    if overridden:
        say("  from the environment: " + ", ".join(f"{k} ({v[4:]})" for k, v in overridden.items()))
    p = report["provider"]
    if p["ok"] is None:
        say(f"  provider check: {p['note']}")
    elif p["ok"]:
        say(f"  provider check: ok ({p['latency_ms']} ms, model {p['model']})")
    else:
        say(f"  provider check: FAILED: {p['error']}")
    if "context_window" in p:
        window = p["context_window"]
        say(f"  context window: {window['tokens']} tokens ({window['source']})" if window["tokens"] else
            "  context window: unknown (requests are not fitted to it; set llm.context-window)")
        if not window["fits_a_review"]:
            say("  context window: too small for a review: the instructions alone leave no room for an answer "
                "(start the server with a larger context, e.g. llama.cpp -c 8192)")
        breaker = p["breaker"]
        if breaker["state"] != "closed":
            say(f"  circuit breaker: {breaker['state']} after {breaker['failures']} failed call(s) in a row; "
                f"review calls paused for {breaker['paused_for']} s more (rules keep working)")
    if "budget_today" in report:
        b = report["budget_today"]
        print(f"  spent today: {b['tokens']:,} tokens (limit {b['limit_tokens'] or 'none'}), "
              f"${b['usd']:.4f} (limit {b['limit_usd'] or 'none'})")
    idx = report["index"]
    if not idx["exists"]:
        say(f"index: not built yet ({idx['note']})")
    elif "error" in idx:
        say(f"index: {idx['path']}: {idx['error']}")
    else:
        say(f"index: {idx['files']} files, {idx['chunks']} chunks ({idx['embeddings']})")
    _print_model(report["model"])
    if report["rules"]:
        _print_rules(report["rules"])
    if report["team"]:
        _print_team(report["team"])
    print("what leaves this machine:" if report["endpoints"] else "what leaves this machine: nothing (no LLM provider, "
          "local embeddings, local index)")
    for endpoint in report["endpoints"]:
        say(f"  {endpoint['kind']}: {endpoint['endpoint']}" + (f" (model {endpoint['model']})" if endpoint["model"] else ""))
        for line in endpoint["receives"]:
            say(f"    - {line}")
    for line in report["gate"]:
        say(f"  - {line}")
    print("versions: " + ", ".join(f"{k} {v}" for k, v in report["versions"].items() if v))
    return 0 if ok else 1


def _print_rules(rules: dict) -> None:
    say(f"rules from rule-dirs: {rules['rules']} in {', '.join(rules['rule_dirs']) or 'no readable directory'}")
    for problem in rules["problems"]:
        say(f"  problem: {problem}")
    for note in rules["notes"]:
        say(f"  note: {note}")


def _print_team(team: dict) -> None:
    say(f"team index: {team['server']}" + (f" (repository {team['repository']}, collection {team['collection']})"
                                           if team.get("repository") else ""))
    if team.get("commit"):
        say(f"  published: commit {team['commit'][:12]} at {team['published_at']}, {team['files']} files")
    if team.get("distance"):
        say(f"  {team['distance']}")
    if team.get("overlay") is not None:
        say(f"  overlay: {team['overlay']} file(s) differ from the published commit (indexed on this machine)")
    if team.get("error"):
        say(f"  {team['error']}")
