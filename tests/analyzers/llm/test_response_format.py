"""What is sent is what `--dry-run` prints, and a server that refuses the structured-output
form (llama-cpp-python's answers `json_schema` with HTTP 500) gets the next form it takes,
once, remembered for later runs — with the real openai SDK against the fake provider."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_provider import Reply, finding

pytestmark = pytest.mark.slow  # CLI subprocesses

SOURCE = "def apply_discount(price, percent):\n    return price - price * percent / 10\n"
# What llama-cpp-python's server says to {"type": "json_schema"} (its request model allows two types).
REFUSAL = ("1 validation error for CreateChatCompletionRequest\nresponse_format.type\n"
           "  Input should be 'text' or 'json_object' [type=literal_error, input_value='json_schema']")


def run(cwd: Path, *args: str, fake) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    env = {**clean, "POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
           "POSTIL_LLM_MODEL": "local-model", "POSTIL_LLM_API_KEY": "sk-test"}
    return subprocess.run([sys.executable, "-P", "-m", "postil", *args], check=False, cwd=cwd, capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pricing.py").write_text(SOURCE)
    return tmp_path


def printed_bodies(stdout: str) -> list[dict]:
    """The JSON bodies `--dry-run` prints after each `=== …: POST URL (…) ===` header."""
    decoder, bodies = json.JSONDecoder(), []
    for block in stdout.split("\n=== ")[1:]:
        header, _, rest = block.partition(" ===\n\n")
        if ": POST " in header:
            bodies.append(decoder.raw_decode(rest)[0])
    return bodies


def test_dry_run_prints_the_request_body_that_is_then_sent(project, fake):
    dry = run(project, "review", "pricing.py", "--dry-run", fake=fake)
    assert dry.returncode == 0, dry.stderr
    assert fake.received == []
    [printed] = printed_bodies(dry.stdout)
    done = run(project, "review", "pricing.py", fake=fake)
    assert done.returncode == 0, done.stderr
    [sent] = fake.received
    assert sent.path == "/v1/chat/completions" and f"POST {fake.openai_url}/chat/completions" in dry.stdout
    assert printed == sent.body  # response_format, max_tokens, temperature, messages: all of it
    assert {"response_format", "max_tokens", "temperature"} <= set(sent.body)


def test_a_server_refusing_json_schema_gets_json_object_once_and_it_is_remembered(project, fake):
    def llama_cpp_python(body):
        if body.get("response_format", {}).get("type") == "json_schema":
            return Reply(status=500, error=REFUSAL)
        return Reply(payload={"findings": [finding("    return price - price * percent / 10", "Divides by 10.")]})

    fake.responder = llama_cpp_python
    first = run(project, "review", "pricing.py", "--format", "json", fake=fake)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert [f["rule"] for f in report["findings"] if f["source"] == "llm"] == ["llm/bug"]
    assert report["summary"]["complete"] is True
    kinds = [r.body["response_format"]["type"] for r in fake.received]
    assert kinds == ["json_schema", "json_object"]  # stepped down at once, not retried 3 times
    assert fake.received[1].body["response_format"]["schema"]["type"] == "object"  # the schema still goes along
    said = first.stdout + first.stderr
    assert said.count("refused response_format 'json_schema'") == 1, said
    (project / "pricing.py").write_text(SOURCE + "\n\ndef total(items):\n    return sum(items) / len(items)\n")
    fake.received.clear()
    again = run(project, "review", "pricing.py", "--format", "json", fake=fake)
    assert again.returncode == 0, again.stderr
    assert fake.received and all(r.body["response_format"]["type"] == "json_object" for r in fake.received)
    assert "refused response_format" not in again.stdout + again.stderr


def test_a_chosen_format_is_sent_as_chosen(project, fake):
    (project / ".postil.toml").write_text('[llm]\nresponse-format = "none"\n')
    fake.answer()
    done = run(project, "review", "pricing.py", fake=fake)
    assert done.returncode == 0, done.stderr
    [sent] = fake.received
    assert "response_format" not in sent.body


def test_an_error_that_is_not_about_the_format_is_not_a_fallback(project, fake):
    fake.responder = lambda body: Reply(status=500, error="out of memory")
    done = run(project, "review", "pricing.py", "--format", "json", fake=fake)
    assert {r.body["response_format"]["type"] for r in fake.received} == {"json_schema"}
    assert json.loads(done.stdout)["summary"]["complete"] is False
