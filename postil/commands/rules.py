"""``postil rules list``, ``postil rules show ID`` and ``postil rules test``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from postil.gate.text import terminal
from postil.output import say


def register(subparsers) -> None:
    parser = subparsers.add_parser("rules", help="list rules or run rule tests")
    actions = parser.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="show rule ids, languages, severity and whether they fix")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--config", type=Path, help="config file (default: discovered from the current directory)")
    listing.set_defaults(handler=run_list)
    showing = actions.add_parser("show", help="explain one rule: severity, message, how to fix, docs, examples")
    showing.add_argument("rule", metavar="ID", help="the rule id, e.g. python/correctness/none-equality-comparison")
    showing.add_argument("--json", action="store_true", help="print JSON")
    showing.add_argument("--config", type=Path, help="config file (default: discovered from the current directory)")
    showing.set_defaults(handler=run_show)
    testing = actions.add_parser("test", help="run ast-grep style rule tests (valid/invalid snippets)")
    testing.add_argument("dirs", nargs="*", type=Path,
                         help="directories with rules and rule-tests (default: built-in packs and configured rule-dirs)")
    testing.set_defaults(handler=run_test)


def _checker(config: Path | None):
    from postil.config import load_config
    from postil.analyzers.checker import Checker

    return Checker(load_config(Path.cwd(), config))


def run_list(args: argparse.Namespace) -> int:
    from postil.config import ConfigError

    try:
        checker = _checker(args.config)
    except ConfigError as exc:
        say(f"postil: {exc}", file=sys.stderr)
        return 2
    rows = [
        {"id": r.id, "language": r.language, "severity": r.severity.label if r.severity else "off",
         "fixable": r.fixable, "enabled": checker.is_selected(r.id), "category": r.metadata.get("category"),
         "cwe": r.metadata.get("cwe"), "url": r.url}
        for r in checker.all_rules
    ]
    rows += [
        {"id": r.id, "language": "any", "severity": r.severity, "fixable": False,
         "enabled": checker.is_selected(r.id), "category": "secrets", "cwe": r.cwe, "url": r.url}
        for r in checker.all_secret_rules
    ]
    for error in checker.rule_errors:
        say(f"postil: invalid rule skipped: {error}", file=sys.stderr)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    shown = [{**r, "id": terminal(r["id"]), "language": terminal(r["language"])} for r in rows]
    width = max(len(r["id"]) for r in shown)
    print(f"{'RULE'.ljust(width)}  {'LANGUAGE':10}  {'SEVERITY':8}  FIX  ENABLED")
    for r in shown:
        print(f"{r['id'].ljust(width)}  {r['language']:10}  {r['severity']:8}  {'yes' if r['fixable'] else '-  '}  "
              f"{'yes' if r['enabled'] else 'no'}")
    print(f"{len(rows)} rules ({sum(r['enabled'] for r in rows)} enabled, {sum(r['fixable'] for r in rows)} fixable)")
    return 0


def _rule_directories(loaded) -> list[Path]:
    """The built-in packs and the config's allowed rule-dirs (each may hold rule-tests)."""
    from postil.analyzers.rules.loader import BUILTIN_PACKS

    return [BUILTIN_PACKS.parent, *loaded.rule_directories()[0]]


def _describe(checker, rule_id: str) -> dict | None:
    from postil.analyzers.rules.testing import load_tests

    rule = next((r for r in checker.all_rules if r.id == rule_id), None)
    if rule is not None:
        case = load_tests(_rule_directories(checker.loaded)).cases.get(rule_id, {})
        return {"id": rule.id, "severity": rule.severity.label if rule.severity else "off",
                "enabled": checker.is_selected(rule.id), "languages": [rule.language], "message": rule.message,
                "note": rule.note, "url": rule.url, "fixable": rule.fixable,
                "reported": list(case.get("invalid") or [])[:1], "not_reported": list(case.get("valid") or [])[:1]}
    secret = next((r for r in checker.all_secret_rules if r.id == rule_id), None)
    if secret is not None:
        return {"id": secret.id, "severity": secret.severity, "enabled": checker.is_selected(secret.id),
                "languages": ["any"], "message": secret.message, "note": secret.note, "url": secret.url,
                "fixable": False, "reported": [], "not_reported": []}
    return None


def run_show(args: argparse.Namespace) -> int:
    from postil.analyzers.rules.suppressions import did_you_mean
    from postil.config import ConfigError

    try:
        checker = _checker(args.config)
    except ConfigError as exc:
        say(f"postil: {exc}", file=sys.stderr)
        return 2
    info = _describe(checker, args.rule)
    if info is None:
        known = {r.id for r in checker.all_rules} | {r.id for r in checker.all_secret_rules}
        say(f"postil: no rule {args.rule!r}{did_you_mean(args.rule, known)}; `postil rules list` shows them all",
            file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    rule_id = terminal(info["id"])
    print(rule_id)
    print(f"  severity:   {info['severity']}{'' if info['enabled'] else ' (not enabled by your config)'}")
    say(f"  languages:  {', '.join(info['languages'])}")
    print(f"  fixable:    {'yes' if info['fixable'] else 'no'}")
    if info["url"]:
        say(f"  docs:       {info['url']}")
    print()
    say(info["message"])
    if info["note"]:
        print(f"\nHow to fix: {_indented(info['note'].strip(), '  ').lstrip()}")
    for title, key in (("Reported", "reported"), ("Not reported", "not_reported")):
        for example in info[key]:
            print(f"\n{title}:\n{_indented(example.rstrip(), '    ')}")
    print(f"\nSuppress: `postil: ignore[{rule_id}]` in a comment on the line, "
          f"or ignore = [\"{rule_id}\"] in .postil.toml")
    return 0


def _indented(text: str, prefix: str) -> str:
    """A block from a rule file, each of its lines under ``prefix``: none can pass for a line of postil's."""
    return "\n".join(prefix + line for line in terminal(text, lines=True).split("\n"))


def run_test(args: argparse.Namespace) -> int:
    from postil.analyzers.rules.loader import BUILTIN_PACKS, dropped_url_notes, load_rule_dirs
    from postil.analyzers.rules.testing import load_tests, run_rule_tests
    from postil.config import ConfigError, load_config

    if args.dirs:
        directories = list(args.dirs)
    else:
        try:
            loaded = load_config(Path.cwd())
        except ConfigError as exc:
            say(f"postil: {exc}", file=sys.stderr)
            return 2
        allowed, refused = loaded.rule_directories()
        for why in refused:
            say(f"postil: {loaded.path}: {why}", file=sys.stderr)
        directories = [BUILTIN_PACKS.parent, *allowed]
    rules, errors = load_rule_dirs(directories)
    suite = load_tests(directories)
    for error in errors:
        say(f"postil: invalid rule: {error}", file=sys.stderr)
    for error in suite.errors:
        say(f"postil: {error}", file=sys.stderr)
    for note in dropped_url_notes(rules):
        say(f"postil: note: {note}", file=sys.stderr)
    results = run_rule_tests(rules, suite)
    failed = [r for r in results if r.failures]
    untested = sorted({r.id for r in rules} - {r.rule_id for r in results})
    for result in failed:
        say(f"FAIL {result.rule_id}")
        for failure in result.failures:
            print(f"  {failure}")  # its code lines are indented (postil.analyzers.rules.testing)
    cases = sum(r.passed + len(r.failures) for r in results)
    for rule_id in untested:
        say(f"untested: {rule_id}")
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed ({cases} cases, {len(untested)} rules without tests)")
    return 1 if failed or errors or suite.errors else 0
