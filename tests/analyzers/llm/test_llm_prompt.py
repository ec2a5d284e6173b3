"""What the model sees: a change as old and new text, what the author says it is for, the
caller of what changed, no trivial units, no documentation, and exactly what --dry-run and
`postil context` show. The real CLI and SDK against the fake provider; real git repos."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_provider import Reply, finding

from postil.analyzers.llm.prompt import context_budget, read_guidelines, review_sections
from postil.analyzers.llm.units import MAX_UNIT_LINES, units_for_file, units_for_ranges

pytestmark = pytest.mark.slow  # CLI subprocesses, servers or real repositories

RULES = '''def allowed(user, resource):
    """May this user see this resource?"""
    if user is None:
        return False
    owner = resource.owner_id == user.id
    return owner and resource.published
'''

VIEWS = '''from app.rules import allowed


def show(request, resource):
    if not allowed(request.user, resource):
        raise PermissionError(resource.id)
    return render(resource)
'''


def run(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_", "GIT_"))}
    return subprocess.run([sys.executable, "-m", "postil", *args], check=False, cwd=cwd, capture_output=True, text=True,
                          env={**clean, **(env or {})}, timeout=180)


def provider_env(fake) -> dict:
    return {"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
            "POSTIL_LLM_MODEL": "local-model", "POSTIL_LLM_API_KEY": "sk-test"}


def git(root: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.com")
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "rules.py").write_text(RULES)
    (tmp_path / "app" / "views.py").write_text(VIEWS)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "first")
    git(tmp_path, "checkout", "-qb", "fix-owner-check")
    return tmp_path


def chats(fake) -> list:
    return [r for r in fake.received if r.path.endswith("/chat/completions")]


def test_a_staged_change_is_sent_as_old_and_new_text_with_its_caller_and_branch(repo, fake):
    (repo / "app" / "rules.py").write_text(RULES.replace("owner and resource", "owner or resource"))
    git(repo, "add", "-A")
    fake.answer()
    done = run(repo, "review", "--staged", env=provider_env(fake))
    assert done.returncode == 0, done.stderr
    [request] = chats(fake)
    user = request.user
    assert "CHANGE UNDER REVIEW (lines 1-6" in user and "Judge the change" in user
    assert "\n- " in user and "|     return owner and resource.published" in user
    minus = next(line for line in user.split("\n") if "return owner and resource.published" in line)
    plus = next(line for line in user.split("\n") if "return owner or resource.published" in line)
    assert minus.startswith("- ") and plus.startswith("+ 6 |")
    assert "  5 |     owner = resource.owner_id == user.id" in user  # unchanged lines: no marker
    assert "Branch: fix-owner-check" in user
    assert "# app/views.py:" in user and "calls `allowed`" in user  # the caller of the changed function


def test_base_mode_sends_commit_subjects_and_never_a_comment_only_change(repo, fake):
    (repo / "app" / "rules.py").write_text(RULES.replace("    if user is None:", "    # anonymous users see nothing\n"
                                                         "    if user is None:"))
    git(repo, "commit", "-qam", "explain the anonymous case")
    fake.answer()
    quiet = run(repo, "review", "--base", "main", env=provider_env(fake))
    assert quiet.returncode == 0, quiet.stderr
    assert chats(fake) == [] and "only whitespace or comments changed" in quiet.stdout
    (repo / "app" / "rules.py").write_text((repo / "app" / "rules.py").read_text().replace("user is None", "not user"))
    git(repo, "commit", "-qam", "treat empty users as anonymous")
    done = run(repo, "review", "--base", "main", env=provider_env(fake))
    assert done.returncode == 0, done.stderr
    [request] = chats(fake)
    assert "Commits:\n- treat empty users as anonymous\n- explain the anonymous case" in request.user
    assert "+ 4 |     if not user:" in request.user


def test_a_finding_on_an_unchanged_line_of_a_changed_unit_is_kept_one_level_lower(repo, fake):
    (repo / "app" / "rules.py").write_text(RULES.replace("owner and resource", "owner or resource"))
    git(repo, "add", "-A")
    fake.answer(finding("owner = resource.owner_id == user.id", "owner_id may be None for shared resources",
                        severity="error", category="bug"),
                finding("return owner or resource.published", "any published resource is now allowed",
                        severity="error", category="bug"))
    done = run(repo, "review", "--staged", "--format", "json", env=provider_env(fake))
    assert done.returncode == 0, done.stderr
    found = {f["line"]: f for f in json.loads(done.stdout)["findings"] if f["source"] == "llm"}
    assert found[6]["severity"] == "error" and "unchanged line" not in found[6]["message"]
    assert found[5]["severity"] == "warning" and "on an unchanged line of the changed code" in found[5]["message"]


TRIVIAL = '''class Session:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def url(self):
        """The base URL."""
        return self._url

    def stub(self):
        ...

    def close(self):
        raise NotImplementedError

    def merge(self, other, limit):
        merged = dict(self.items)
        for key, value in other.items():
            if len(merged) >= limit:
                break
            merged[key] = value
        return merged
'''


CART = '''export class Cart {
  get total() { return this._total; }
  clear() { return this.items.clear(); }
  add(item) {
    this.items.push(item);
    this._total += item.price;
  }
}
'''

WRAPPER = '''def close(conn):
    return conn.close()
'''


def test_trivial_units_of_a_file_are_reviewed_together_in_one_request(tmp_path, fake):
    """A file's changed stubs, getters and one-line delegations (Python, JavaScript) go to the
    model once, together, without repository context; a trivial unit alone in its file and a
    whitespace-only change are not sent; a finding lands in the definition it quotes."""
    (tmp_path / "session.py").write_text(TRIVIAL)
    (tmp_path / "cart.js").write_text(CART)
    (tmp_path / "wrapper.py").write_text(WRAPPER)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "first")
    changed = (TRIVIAL.replace("return self\n", "return self  # for with\n").replace("self.close()", "self.release()")
               .replace("return self._url", "return self._base").replace("...", "pass")
               .replace("raise NotImplementedError", "raise NotImplementedError('close')")
               .replace("len(merged) >= limit", "len(merged) > limit"))
    (tmp_path / "session.py").write_text(changed)
    (tmp_path / "cart.js").write_text(CART.replace("this._total;", "this._count;").replace("items.clear", "items.reset"))
    (tmp_path / "wrapper.py").write_text(WRAPPER.replace("close()", "shutdown()"))
    git(tmp_path, "add", "-A")

    def answer(body):
        user = body["messages"][-1]["content"]
        if "small definitions of this file" in user and "session.py" in user:
            return Reply(payload={"findings": [finding("return self._base", "url returns the base, not the URL")]})
        return Reply(payload={"findings": []})

    fake.responder = answer
    done = run(tmp_path, "review", "--staged", "--format", "json", env=provider_env(fake))
    assert done.returncode in (0, 1), done.stderr
    users = [r.user for r in chats(fake)]
    assert len(users) == 3  # merge alone; session.py's four small definitions; cart.js's two
    [batch] = [u for u in users if u.startswith("File: session.py") and "small definitions" in u]
    assert "CODE UNDER REVIEW: 4 small definitions" in batch
    for changed_line in ("self.release()", "return self._base", "pass", "NotImplementedError('close')"):
        assert any(line.startswith("+") and changed_line in line for line in batch.splitlines()), changed_line
    assert "def __enter__" not in batch and "def merge" not in batch and "Related code" not in batch
    [single] = [u for u in users if "CHANGE UNDER REVIEW (lines 19-25" in u]
    assert "def url" not in single.split("CHANGE UNDER REVIEW")[1].split("```")[1]
    [js] = [u for u in users if u.startswith("File: cart.js")]
    assert "CODE UNDER REVIEW: 2 small definitions" in js and "add(item)" not in js
    assert js.count("return this._total;") == 1  # each definition with its own old line
    summary = json.loads(done.stdout)
    [found] = [f for f in summary["findings"] if f["source"] == "llm"]
    assert (found["path"], found["line"]) == ("session.py", 11)
    skipped = {r["path"]: r["reason"] for r in summary["summary"]["coverage"]["llm"]["skipped"]}
    assert skipped == {"session.py:2-3": "only whitespace or comments changed",
                       "wrapper.py:1-2": "trivial: a one-line delegation"}, skipped


CLIENT = """from app.settings import TIMEOUT

MAX_ITEMS = 100
UNUSED = 1


class Client:
    retries = 3

    def close(self):
        self.conn.close()
        self.conn = None

    def reset(self):
        self.conn = None
        self.items = []

    def download(self, items):
        if len(items) > MAX_ITEMS:
            raise ValueError("too many")
        return send(items, timeout=TIMEOUT, tries=self.retries)
"""


def test_the_constants_a_change_reads_are_sent_after_its_caller(tmp_path, fake):
    """Module-level constants, an attribute of the enclosing class and a constant imported from
    another file go with the change, after what calls it; a constant it does not read does not."""
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "settings.py").write_text("DEBUG = False\nTIMEOUT = 30\n")
    (tmp_path / "app" / "client.py").write_text(CLIENT)
    (tmp_path / "app" / "views.py").write_text("from app.client import Client\n\n\n"
                                               "def list_view(items):\n    return Client().download(items)\n")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "first")
    (tmp_path / "app" / "client.py").write_text(CLIENT.replace("> MAX_ITEMS", ">= MAX_ITEMS"))
    git(tmp_path, "add", "-A")
    fake.answer()
    done = run(tmp_path, "review", "--staged", env=provider_env(fake))
    assert done.returncode == 0, done.stderr
    [request] = chats(fake)
    related = request.user.split("Related code from the repository")[1]
    assert "# app/client.py:3-3 (`MAX_ITEMS` read at line 19)\nMAX_ITEMS = 100" in related
    assert "# app/client.py:8-8 (`Client.retries` read at line 21)\n    retries = 3" in related
    assert "# app/settings.py:2-2 (`TIMEOUT` read at line 21)\nTIMEOUT = 30" in related
    assert "UNUSED" not in related.split("keyword match")[0]  # (similar code may hold it)
    assert related.index("def list_view") < related.index("MAX_ITEMS = 100")  # the caller first


def test_dry_run_and_context_show_exactly_the_request_that_is_sent(tmp_path, fake):
    (tmp_path / "build.py").write_text(
        "import subprocess\n\n\ndef build(cmd, flags):\n    out = []\n    for f in flags:\n"
        "        out.append(f)\n    return subprocess.run(cmd, shell=True)\n")
    (tmp_path / "CONTRIBUTING.md").write_text("# Contributing\n\n## Reporting issues\n\nUse the tracker.\n\n"
                                              "## Code style\n\nNever call the shell.\n")
    env = provider_env(fake)
    dry = run(tmp_path, "review", "build.py", "--dry-run", env=env)
    context = run(tmp_path, "context", "build.py:5", "--json", env=env)
    assert dry.returncode == 0 and context.returncode == 0, dry.stderr + context.stderr
    assert chats(fake) == []
    fake.answer()
    done = run(tmp_path, "review", "build.py", env=env)
    assert done.returncode == 1, done.stderr  # the rule's error
    [request] = chats(fake)
    assert "python/security/subprocess-shell-true" in request.user  # already reported by the rules...
    printed = json.dumps(request.user, ensure_ascii=False), json.dumps(request.system, ensure_ascii=False)
    assert all(text in dry.stdout for text in printed)  # ...and the dry run, which prints the body, says so too
    shown = json.loads(context.stdout)["request"]
    assert (shown["system"], shown["user"]) == (request.system, request.user)
    # guidelines: the review-relevant section, with the system text (one cacheable prefix)
    assert "Never call the shell." in request.system and "Use the tracker" not in request.system
    assert "Never call the shell." not in request.user


def test_context_leaves_out_docs_licences_and_changelogs(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "ledger.py").write_text(
        "def reconcile_ledger(entries, opening):\n    balance = opening\n    for entry in entries:\n"
        "        balance += entry.amount\n    return balance\n")
    words = "reconcile_ledger entries opening balance entry amount " * 20
    for name in ("README.md", "LICENSE", "CHANGELOG.md", "docs/ledger.rst", "NOTICE"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"{words}\n")
    (tmp_path / "app" / "report.py").write_text(
        "from app.ledger import reconcile_ledger\n\n\ndef report(entries):\n"
        "    return reconcile_ledger(entries, opening=0)\n")
    done = run(tmp_path, "context", "app/ledger.py:3", "--json")
    assert done.returncode == 0, done.stderr
    paths = [c["path"] for c in json.loads(done.stdout)["chunks"]]
    assert "app/report.py" in paths and not [p for p in paths if not p.endswith(".py")]


def test_common_names_are_resolved_only_through_an_import_or_self(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "store.py").write_text(
        "class Store:\n    def get(self, key):\n        return self.rows[key]\n\n"
        "    def update(self, other):\n        self.rows.update(other)\n")
    (tmp_path / "app" / "cache.py").write_text("def items(bucket):\n    return sorted(bucket.entries)\n")
    (tmp_path / "app" / "config.py").write_text(
        "import os\nfrom app.cache import items\n\n\ndef load(settings, bucket):\n"
        "    home = os.environ.get('HOME')\n    settings.update({'home': home})\n"
        "    return items(bucket), settings\n")
    done = run(tmp_path, "context", "app/config.py:6", "--json")
    assert done.returncode == 0, done.stderr
    chunks = json.loads(done.stdout)["chunks"]
    reasons = {c["path"]: c["reason"] for c in chunks if "definition" in c["sources"]}
    assert "app/store.py" not in reasons  # os.environ.get and settings.update are not Store's
    assert "defines `items`" in reasons.get("app/cache.py", "")  # imported by name: resolved


def test_guidelines_keep_only_the_sections_a_reviewer_needs():
    guide = ("Thanks for helping!\n\n## How to file an issue\n\nSearch first.\n\n## Coding style\n\nUse black.\n\n"
             "## Testing\n\nEvery fix gets a test.\n\n## Releasing\n\nTag it.\n")
    kept = review_sections(guide)
    assert "Use black." in kept and "Every fix gets a test." in kept
    assert "Search first" not in kept and "Tag it" not in kept and "Thanks" not in kept
    files = {"CONTRIBUTING.md": "## Reporting bugs\n\nUse the tracker.\n"}
    assert read_guidelines(files.get, 500) == ("", None)  # nothing for a reviewer: nothing sent
    files[".postil/guidelines.md"] = "Prefer explicit errors."
    assert read_guidelines(files.get, 500) == ("Prefer explicit errors.", ".postil/guidelines.md")


def test_a_long_function_is_reviewed_in_parts_each_with_its_header(tmp_path):
    body = "".join(f"    step_{i} = compute({i})\n" + ("\n" if i % 10 == 9 else "") for i in range(400))
    text = "def pipeline(data):\n" + body + "    return data\n"
    path = tmp_path / "long.py"
    units = units_for_file(path, text)
    assert len(units) >= 3 and all(u.end - u.start < MAX_UNIT_LINES for u in units)
    assert units[0].start == 1 and units[-1].end == text.count("\n")
    assert all(b.start == a.end + 1 for a, b in zip(units, units[1:]))  # nothing left out
    assert all(u.header == (1, 1) and u.kind == "part" for u in units)
    [part] = units_for_ranges(path, text, [(300, 300)])
    assert part.start <= 300 <= part.end and part.header == (1, 1)


def test_a_part_of_a_long_function_is_sent_with_its_header(tmp_path, fake):
    body = "".join(f"    step_{i} = compute(data, {i})\n" for i in range(300))
    (tmp_path / "long.py").write_text("def pipeline(data):\n" + body + "    return data\n")
    fake.answer()
    done = run(tmp_path, "review", "long.py", "--format", "json", env=provider_env(fake))
    assert done.returncode == 0, done.stderr
    requests = chats(fake)
    assert len(requests) >= 2
    assert any("its header (lines 1-1):\n```python\n1 | def pipeline(data):" in r.user for r in requests)


def test_anthropic_requests_mark_the_system_text_with_the_guidelines_for_prompt_caching(tmp_path, fake):
    (tmp_path / ".postil").mkdir()
    (tmp_path / ".postil" / "guidelines.md").write_text("Money is always Decimal, never float.\n")
    (tmp_path / "money.py").write_text("def share(total, parts):\n    each = total / parts\n    rest = total - each * parts\n"
                                       "    return each, rest\n")
    fake.answer()
    env = {**provider_env(fake), "POSTIL_LLM_PROVIDER": "anthropic", "POSTIL_LLM_BASE_URL": fake.anthropic_url}
    done = run(tmp_path, "review", "money.py", env=env)
    assert done.returncode == 0, done.stderr
    [request] = chats(fake) or [r for r in fake.received if r.path.endswith("/messages")]
    [block] = request.body["system"]
    assert block["cache_control"] == {"type": "ephemeral"}
    assert "Money is always Decimal" in block["text"] and "Money is always Decimal" not in request.user


def test_the_context_budget_scales_with_the_unit_within_what_the_guidelines_leave():
    assert context_budget(2000, code_tokens=40, guidelines_tokens=0) == 1000  # a small function: half
    assert context_budget(2000, code_tokens=500, guidelines_tokens=0) == 1500
    assert context_budget(2000, code_tokens=1500, guidelines_tokens=300) == 1700  # never past the budget


def test_the_last_masking_pass_of_every_prompt_applies_the_projects_secret_rules():
    """What reaches a prompt without passing the gate (the branch and commit message) is masked
    by the project's own secret rules too, in single and batched prompts."""
    from postil.analyzers.llm.prompt import build_batch_prompt, build_prompt
    from postil.analyzers.rules.secret_formats import user_rules

    tenant = "ACMEID-" + "qwhvbnzkrtplsdgfmcxy"
    rules = user_rules([{"id": "acme-tenant", "regex": "ACMEID-[a-z]{20}", "keywords": ["acmeid-"]}], "test", set())
    lines = ["def close(conn):", "    return conn.close()"]
    intent = f"branch fix-close: close the pool of tenant {tenant}"
    single = build_prompt(rel_path="db.py", language="python", text_lines=lines, start=1, end=2, intent=intent,
                          secret_detectors=rules.detectors)
    batch = build_batch_prompt(rel_path="db.py", language="python", text_lines=lines, members=[(1, 2, None)],
                               intent=intent, secret_detectors=rules.detectors)
    for prompt in (single, batch):
        assert tenant not in prompt.user and "redacted:secrets/custom/acme-tenant" in prompt.user
    assert tenant in build_prompt(rel_path="db.py", language="python", text_lines=lines, start=1, end=2,
                                  intent=intent).user  # without the project's rule nothing finds it
