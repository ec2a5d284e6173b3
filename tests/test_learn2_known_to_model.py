"""What the team's ``.postil-baseline`` hides is known: the model is told so (it is listed as
already reported), and a model finding at the same place is not raised again as ``llm/``
(issue 36) — in a review of files and in the staged review the hook runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.llm.fake_provider import Reply, finding

pytestmark = pytest.mark.slow

RISKY = ("def run(text):\n    cleaned = text.strip()\n    if not cleaned:\n        return None\n"
         "    result = eval(cleaned)\n    return result\n")
RULE = "python/security/eval-exec-non-literal"


def postil(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    result = subprocess.run([sys.executable, "-P", "-m", "postil", *args], cwd=cwd, capture_output=True, text=True,
                            env={**clean, **(env or {})}, timeout=120, check=False)
    assert result.returncode in (0, 1), result.stderr
    return result


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=cwd, check=True,
                   capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose risky.py (staged) has its eval finding in the staged baseline."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    (root / "README").write_text("x\n")
    git(root, "add", "README")
    git(root, "commit", "-qm", "init")
    (root / "risky.py").write_text(RISKY)
    [rule_finding] = json.loads(postil(root, "check", "risky.py", "--format", "json").stdout)["findings"]
    assert rule_finding["rule"] == RULE
    postil(root, "dismiss", rule_finding["fingerprint"], "--reason", "input is ours")
    git(root, "add", "-A")
    return root


def provider(fake) -> dict:
    return {"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
            "POSTIL_LLM_MODEL": "local-model", "POSTIL_LLM_API_KEY": "sk-test"}


@pytest.mark.parametrize("how", [("review", "risky.py"), ("review", "--staged")], ids=["files", "staged"])
def test_a_baselined_rule_finding_is_known_to_the_model_and_not_raised_again(repo, fake, how):
    raised = finding("    result = eval(cleaned)", "eval of text runs arbitrary code", category="security")
    fake.responder = lambda body: Reply(payload={"findings": [raised] if "File: risky.py" in json.dumps(body) else []})
    reviewed = postil(repo, *how, "--format", "json", env=provider(fake))
    assert [f["rule"] for f in json.loads(reviewed.stdout)["findings"]] == []
    asked = [r.user for r in fake.received if r.user.startswith("File: risky.py")]
    assert asked and all(f"line 5: {RULE}" in user for user in asked)  # listed as known
