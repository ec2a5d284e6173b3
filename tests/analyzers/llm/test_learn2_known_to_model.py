"""What the team's ``.postil-baseline`` hides is known: the model is told so (it is listed as
already reported), and a model finding at the same place is not raised again as ``llm/``
(issue 36) — in a review of files and in the staged review the hook runs."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.baseline_repo import dismissed_repo, git
from tests.baseline_repo import postil as run_postil
from tests.analyzers.llm.fake_provider import Reply, finding

pytestmark = pytest.mark.slow

RISKY = ("def run(text):\n    cleaned = text.strip()\n    if not cleaned:\n        return None\n"
         "    result = eval(cleaned)\n    return result\n")
RULE = "python/security/eval-exec-non-literal"


def postil(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    result = run_postil(cwd, *args, env=env)
    assert result.returncode in (0, 1), result.stderr
    return result


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose risky.py (staged) has its eval finding in the staged baseline."""
    root, rule_finding = dismissed_repo(tmp_path, RISKY)
    assert rule_finding["rule"] == RULE
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
