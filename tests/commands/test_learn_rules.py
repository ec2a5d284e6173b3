"""From an accepted model finding to a tested rule (issue 36), end to end against the fake
provider: `postil review` shows the finding, `postil rules learn` asks for a rule, vets it,
lists its matches and saves it where `postil rules test`, the ast-grep CLI and the next
`postil check` run it; bad rules from the model are refused with the reason."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from postil.analyzers.rules.bulk import ast_grep_binary
from tests.analyzers.llm.fake_provider import Reply, finding
from tests.analyzers.llm.learned_rule import ORDERS, RULE

pytestmark = pytest.mark.slow

SHOP = "def total(items):\n    result = 0\n    for item in items:\n        result += item.price\n    return result\n"
BAD_RULES = {
    "matches everything": RULE.replace("  pattern: $A += $X.price\n", "  kind: identifier\n"),
    "matches nothing": RULE.replace("$A += $X.price\n", "$A -= $X.cost\n"),
    "matches the fixed code too": RULE.replace("  pattern: $A += $X.price\n", "  pattern: $X.price\n"),
    "invalid YAML": "id: [price\nrule: {pattern: \n",
    "hostile fix": RULE.replace("fix: $A += $X.price or 0", "fix: $A += $X.price or __import__('os').system('sh')"),
    "hostile text": RULE.replace("message: $X.price may be None", "message: $X.price may be None\u202e"),
    "catastrophic regex": RULE.replace("  pattern: $A += $X.price\n",
                                       "  pattern: $A += $X.price\n  has:\n    regex: (\\w+)+\\1\n"),
}


def run(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    return subprocess.run([sys.executable, "-P", "-m", "postil", *args], cwd=cwd, capture_output=True, text=True,
                          env={**clean, **(env or {})}, timeout=600)  # (a hang guard: see conftest's postil)


def provider(fake) -> dict:
    return {"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
            "POSTIL_LLM_MODEL": "local-model", "POSTIL_LLM_API_KEY": "sk-test"}


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    root = tmp_path / "shop"
    root.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    (root / ".postil.toml").write_text('rule-dirs = ["tools/rules"]\n')
    (root / "shop.py").write_text(SHOP)
    (root / "orders.py").write_text(ORDERS)
    return root


def accepted_finding(root: Path, fake) -> str:
    """`postil review shop.py` with the model finding the None price; its fingerprint."""
    fake.answer(finding("        result += item.price", "item.price may be None: the sum fails",
                        improved="        result += item.price or 0", category="bug"))
    reviewed = run(root, "review", "shop.py", "--format", "json", env=provider(fake))
    assert reviewed.returncode == 0, reviewed.stderr
    [model] = [f for f in json.loads(reviewed.stdout)["findings"] if f["source"] == "llm"]
    return model["fingerprint"]


def test_an_accepted_finding_becomes_a_rule_that_rules_test_ast_grep_and_check_run(shop, fake):
    fingerprint = accepted_finding(shop, fake)
    fake.script.append(Reply(payload={"rule_yaml": RULE}))

    learned = run(shop, "rules", "learn", fingerprint, env=provider(fake))
    assert learned.returncode == 0, learned.stderr
    assert "accepted finding" in fake.received[-1].user and "result += item.price or 0" in fake.received[-1].user
    assert "rule shop/price-may-be-none:" in learned.stdout  # the id went under the project's prefix
    assert "2 match(es) in the workspace:" in learned.stdout
    assert "    orders.py:4" in learned.stdout and "    shop.py:4" in learned.stdout
    rules = shop / "tools" / "rules"
    assert (rules / "rules" / "price-may-be-none.yml").is_file()
    tests = (rules / "rule-tests" / "price-may-be-none-test.yml").read_text()
    assert "result += item.price or 0" in tests and "invalid:" in tests

    tested = run(shop, "rules", "test")
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "FAIL" not in tested.stdout
    sg = subprocess.run([ast_grep_binary(), "test", "-c", str(rules / "sgconfig.yml"), "--skip-snapshot-tests"],
                        cwd=shop, capture_output=True, text=True)
    assert sg.returncode == 0 and "PASS shop/price-may-be-none" in sg.stdout, sg.stdout + sg.stderr

    calls = len(fake.received)
    checked = run(shop, "check", "--format", "json", "--exit-zero", env=provider(fake))
    found = [(f["path"], f["line"]) for f in json.loads(checked.stdout)["findings"] if f["rule"] == "shop/price-may-be-none"]
    assert found == [("orders.py", 4), ("shop.py", 4)]
    assert len(fake.received) == calls  # the bug elsewhere is found without a model call
    fake.answer()  # a review of orders.py: the rule reports the bug there, the model need not
    reviewed = run(shop, "review", "orders.py", "--format", "json", env=provider(fake))
    assert [f["rule"] for f in json.loads(reviewed.stdout)["findings"]] == ["shop/price-may-be-none"]
    # a call saved is counted where the rule finds what the model found (shop.py:4), once;
    # the rule's find in orders.py, where the model never looked, saved no call
    fake.responder = lambda body: Reply(payload={"findings": []})
    for _ in range(2):
        again = run(shop, "review", "shop.py", "--format", "json", env=provider(fake))
        assert [f["rule"] for f in json.loads(again.stdout)["findings"]] == ["shop/price-may-be-none"], again.stderr
    fixed = run(shop, "check", "--fix", "orders.py")
    assert "amount += order.price or 0" in (shop / "orders.py").read_text(), fixed.stdout

    stats = json.loads(run(shop, "stats", "--json").stdout)
    assert (stats["categories"]["bug"]["learned"], stats["categories"]["bug"]["saved"]) == (1, 1)
    shown = run(shop, "stats").stdout
    assert "bug: 0 applied, 0 dismissed (accept rate -), 1 turned into rules; 1 found by learned rules" in shown


@pytest.mark.parametrize("reason", sorted(BAD_RULES))
def test_a_bad_rule_from_the_model_is_refused_with_the_reason(shop, fake, reason):
    fingerprint = accepted_finding(shop, fake)
    fake.script.append(Reply(payload={"rule_yaml": BAD_RULES[reason]}))
    refused = run(shop, "rules", "learn", fingerprint, env=provider(fake))
    assert refused.returncode == 1
    assert f"the model's rule was refused: {reason}" in refused.stderr
    assert not (shop / "tools").exists()


def test_a_rule_with_many_matches_or_a_wrong_one_is_offered_for_editing_never_saved(shop, fake):
    for i in range(6):
        (shop / f"cart{i}.py").write_text(ORDERS)
    fingerprint = accepted_finding(shop, fake)
    fake.script.append(Reply(payload={"rule_yaml": RULE}))
    many = run(shop, "rules", "learn", fingerprint, env=provider(fake))
    assert many.returncode == 1
    assert "8 match(es) in the workspace:" in many.stdout
    assert "not saved: it matches 8 places (more than 5)" in many.stdout
    assert not (shop / "tools").exists()

    for i in range(6):
        (shop / f"cart{i}.py").unlink()
    draft = shop / ".postil" / "learned" / "shop-price-may-be-none.yml"
    marked = run(shop, "rules", "learn", fingerprint, "--rule-file", str(draft), "--wrong", "orders.py:4")
    assert marked.returncode == 1 and "orders.py:4  (marked wrong)" in marked.stdout
    assert "not saved: 1 of its matches were marked wrong" in marked.stdout
    assert not (shop / "tools").exists()

    # the user narrows the draft to the shop module; it is vetted again without a model call
    calls = len(fake.received)
    draft.write_text(draft.read_text().replace("  pattern: $A += $X.price\n", "  pattern: $A += item.price\n")
                     .replace("$X.price", "item.price"))
    saved = run(shop, "rules", "learn", fingerprint, "--rule-file", str(draft))
    assert saved.returncode == 0, saved.stdout + saved.stderr
    assert "1 match(es) in the workspace:" in saved.stdout and "shop.py:4" in saved.stdout
    assert len(fake.received) == calls


def test_learn_needs_a_finding_the_model_showed(shop):
    unknown = run(shop, "rules", "learn", "0123456789abcdef0123")
    assert unknown.returncode == 2 and "no model finding with fingerprint" in unknown.stderr
