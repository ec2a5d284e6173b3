"""``postil rules list``, ``postil rules show ID``, ``postil rules test`` and ``postil rules learn FINGERPRINT``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from postil.core.terminal import terminal
from postil.core.terminal import say


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
    learning = actions.add_parser("learn", help="turn an accepted model finding into a tested ast-grep rule",
                                  description="Ask the model for an ast-grep rule that finds the bug of a model "
                                              "finding (by the fingerprint `postil review --format json` prints), "
                                              "vet it, list its matches and save it with its tests in rule-dirs.")
    learning.add_argument("fingerprint", metavar="FINGERPRINT")
    learning.add_argument("--rule-file", type=Path, help="vet and save this (edited) rule instead of asking the model")
    learning.add_argument("--wrong", action="append", default=[], metavar="PATH:LINE",
                          help="a match that is not the bug (the rule is then offered for editing, not saved)")
    learning.add_argument("--dry-run", action="store_true", help="show the vetted rule and its matches; save nothing")
    learning.set_defaults(handler=run_learn)


def _checker(config: Path | None):
    from postil.analyzers.checker import Checker
    from postil.config import load_config

    return Checker(load_config(Path.cwd(), config))


def _status(checker, rule_id: str, default) -> tuple[str, str]:
    """(severity the rule reports at, whether it runs: "yes", "off" or "not selected"), the
    config's select, ignore and severity table applied."""
    from postil.analyzers.findings import Severity

    severity = checker.severity_for(rule_id, Severity.parse(default) if isinstance(default, str) else default)
    label = severity.label if severity is not None else "off"
    if not checker.is_selected(rule_id):
        return label, "not selected"
    return label, "yes" if severity is not None else "off"


def _rows(checker) -> list[dict]:
    """One row per known rule (pattern rules, then secret detectors) with its status."""
    rules = [(r.id, r.language, r.severity, r.fixable, r.metadata.get("category"), r.metadata.get("cwe"), r.url)
             for r in checker.all_rules]
    rules += [(r.id, "any", r.severity, False, "secrets", r.cwe, r.url) for r in checker.all_secret_rules]
    rows = []
    for rule_id, language, default, fixable, category, cwe, url in rules:
        severity, runs = _status(checker, rule_id, default)
        rows.append({"id": rule_id, "language": language, "severity": severity, "fixable": fixable,
                     "enabled": runs == "yes", "runs": runs, "category": category, "cwe": cwe, "url": url})
    return rows


def run_list(args: argparse.Namespace) -> int:
    from postil.commands.skipped_rules import say_skipped_rules

    checker = _checker(args.config)
    rows = _rows(checker)
    say_skipped_rules(checker.rule_errors)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    shown = [{**r, "id": terminal(r["id"]), "language": terminal(r["language"])} for r in rows]
    width = max(len(r["id"]) for r in shown)
    print(f"{'RULE'.ljust(width)}  {'LANGUAGE':10}  {'SEVERITY':8}  FIX  RUNS")
    for r in shown:
        print(f"{r['id'].ljust(width)}  {r['language']:10}  {r['severity']:8}  {'yes' if r['fixable'] else '-  '}  "
              f"{r['runs']}")
    running = [r for r in rows if r["enabled"]]
    off = sum(r["runs"] == "off" for r in rows)
    print(f"{len(rows)} rules: {len(running)} run ({sum(r['fixable'] for r in running)} fixable), {off} off "
          f"(severity \"off\"), {len(rows) - len(running) - off} not selected by the config")
    return 0


def _rule_directories(loaded) -> list[Path]:
    """The built-in packs and the config's allowed rule-dirs (each may hold rule-tests)."""
    from postil.analyzers.rules.loader import BUILTIN_PACKS

    return [BUILTIN_PACKS.parent, *loaded.rule_directories()[0]]


def _describe(checker, rule_id: str, cases: dict) -> dict | None:
    rule = next((r for r in checker.all_rules if r.id == rule_id), None)
    if rule is not None:
        case = cases.get(rule_id, {})
        severity, runs = _status(checker, rule.id, rule.severity)
        return {"id": rule.id, "severity": severity, "enabled": runs == "yes", "runs": runs,
                "languages": [rule.language], "message": rule.message, "note": rule.note, "url": rule.url,
                "fixable": rule.fixable, "reported": list(case.get("invalid") or [])[:1],
                "not_reported": list(case.get("valid") or [])[:1]}
    secret = next((r for r in checker.all_secret_rules if r.id == rule_id), None)
    if secret is not None:
        severity, runs = _status(checker, secret.id, secret.severity)
        return {"id": secret.id, "severity": severity, "enabled": runs == "yes", "runs": runs,
                "languages": ["any"], "message": secret.message, "note": secret.note, "url": secret.url,
                "fixable": False, "reported": [], "not_reported": []}
    return None


def run_show(args: argparse.Namespace) -> int:
    """Explain the rule with that id, list the rules under a prefix (``python/security``), or
    explain every rule with that name (``tainted-sql``)."""
    from postil.analyzers.rules.suppressions import did_you_mean, matches_selector
    from postil.analyzers.rules.testing import load_tests

    checker = _checker(args.config)
    known = [r.id for r in checker.all_rules] + [r.id for r in checker.all_secret_rules]
    under = [rule_id for rule_id in known if matches_selector(rule_id, args.rule)]
    if len(under) > 1 and args.rule not in known:
        return _show_listing(checker, args, under)
    ids = [args.rule] if args.rule in known else under or [
        rule_id for rule_id in known if rule_id.rsplit("/", 1)[-1] == args.rule]
    if not ids:
        say(f"postil: no rule {args.rule!r}{did_you_mean(args.rule, set(known))}; `postil rules list` shows them all",
            file=sys.stderr)
        return 2
    cases = load_tests(_rule_directories(checker.loaded)).cases
    infos = [_describe(checker, rule_id, cases) for rule_id in ids]
    if args.json:
        print(json.dumps(infos[0] if len(infos) == 1 else infos, indent=2))
        return 0
    for number, info in enumerate(infos):
        if number:
            print("\n" + "-" * 40 + "\n")
        _print_info(info)
    return 0


def _show_listing(checker, args: argparse.Namespace, ids: list[str]) -> int:
    """``rules show PREFIX``: the rules under it, one a line, and what they report."""
    wanted = set(ids)
    rows = [r for r in _rows(checker) if r["id"] in wanted]
    messages = {r.id: r.message for r in checker.all_rules} | {r.id: r.message for r in checker.all_secret_rules}
    if args.json:
        print(json.dumps([{**r, "message": messages[r["id"]]} for r in rows], indent=2))
        return 0
    say(f"{len(rows)} rules under {args.rule!r} (`postil rules show ID` explains one):")
    statuses = [r["severity"] if r["enabled"] else f"{r['severity']} ({r['runs']})" for r in rows]
    width, status_width = max(len(terminal(r["id"])) for r in rows), max(map(len, statuses))
    for r, status in zip(rows, statuses):
        summary = " ".join(messages[r["id"]].split())
        summary = summary if len(summary) <= 80 else summary[:77] + "..."
        print(f"  {terminal(r['id']).ljust(width)}  {status.ljust(status_width)}  {terminal(summary)}")
    return 0


def _print_info(info: dict) -> None:
    rule_id = terminal(info["id"])
    print(rule_id)
    status = {"yes": "", "off": " (it does not run)", "not selected": " (not selected by your config: it does not run)"}
    print(f"  severity:   {info['severity']}{status[info['runs']]}")
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


def _indented(text: str, prefix: str) -> str:
    """A block from a rule file, each of its lines under ``prefix``: none can pass for a line of postil's."""
    return "\n".join(prefix + line for line in terminal(text, lines=True).split("\n"))


def run_test(args: argparse.Namespace) -> int:
    from postil.analyzers.rules.loader import BUILTIN_PACKS, dropped_url_notes, load_rule_dirs
    from postil.analyzers.rules.testing import load_tests, run_rule_tests
    from postil.config import load_config

    if args.dirs:
        directories = list(args.dirs)
    else:
        loaded = load_config(Path.cwd())
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
    # a rule that does not load and a test file that does not read are failures, not cases that vanish
    broken = f", {len(errors)} rule file{'s' * (len(errors) != 1)} not loaded" if errors else ""
    broken += f", {len(suite.errors)} test file{'s' * (len(suite.errors) != 1)} not read" if suite.errors else ""
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed{broken} "
          f"({cases} cases, {len(untested)} rules without tests)")
    return 1 if failed or errors or suite.errors else 0


def run_learn(args: argparse.Namespace) -> int:
    from postil.analyzers.llm.reviewer import Reviewer
    from postil.analyzers.llm.shown import ShownFindings
    from postil.config import load_config
    from postil.config.environment import resolve
    from postil.learn import LearnRefused, propose, rule_directory, save, save_draft
    from postil.rag.workspace_root import find_workspace_root

    root = find_workspace_root(Path.cwd())
    shown_store = ShownFindings(root)
    shown = shown_store.get(args.fingerprint)
    shown_store.close()
    if shown is None:
        say(f"postil: no model finding with fingerprint {args.fingerprint!r} was shown in {root} "
            "(`postil review --format json` prints them)", file=sys.stderr)
        return 2
    loaded = load_config(root)
    rule_text = args.rule_file.read_text(encoding="utf-8") if args.rule_file else None
    reviewer = None if rule_text is not None else Reviewer(
        root, resolve(loaded.settings.llm, None, loaded.sources), use_index=False, update_index=False)
    try:
        proposal = propose(root, loaded, shown, reviewer, rule_text, tuple(args.wrong))
    except LearnRefused as exc:
        say(f"postil: {exc}", file=sys.stderr)
        return 1
    finally:
        if reviewer is not None:
            reviewer.close()
    _show_proposal(proposal)
    if args.dry_run:
        return 0
    why = proposal.needs_editing
    if why is not None:
        draft = save_draft(proposal, root)
        say(f"postil: not saved: {why}. Edit {draft}, then run "
            f"`postil rules learn {args.fingerprint} --rule-file {draft}`")
        return 1
    directory, configured = rule_directory(loaded, root)
    try:
        rule_file, test_file = save(proposal, directory, root)
    except OSError as exc:
        say(f"postil: the rule was not saved: {exc}", file=sys.stderr)
        return 2
    _count_learned(root, shown.category)
    say(f"postil: saved {rule_file} and its tests {test_file}")
    if not configured:
        say(f"postil: add rule-dirs = [\"{directory.relative_to(root).as_posix()}\"] to your config so check runs it")
    return 0


def _show_proposal(proposal) -> None:
    print(f"rule {terminal(proposal.rule_id)}:")
    print(_indented(proposal.rule_text.rstrip(), "    "))
    print("tests:")
    print(_indented(proposal.tests_text.rstrip(), "    "))
    for note in proposal.verdict.notes:
        say(f"note: {note}")
    matches = proposal.verdict.matches
    print(f"{len(matches)} match(es) in the workspace:")
    for match in matches:
        say(f"    {match}{'  (marked wrong)' if match in proposal.wrong else ''}")
    if proposal.verdict.unlisted is not None:
        say(f"    (listing {proposal.verdict.unlisted})")


def _count_learned(root: Path, category: str) -> None:
    from postil.analyzers.llm.state import Feedback, State

    state = State(root)
    Feedback(state).learned(category)
    state.close()
