"""The documented manual check of LLM review against a real local model server:
llama-cpp-python's OpenAI-compatible server (``pip install 'llama-cpp-python[server]' gguf``,
which builds llama.cpp: a quarter of an hour on two cores) serving a tiny random-weight model
that ``bench/tiny_gguf.py`` writes, so no model is downloaded. It generates garbage, which is
the point: every failure mode a small local model has, for real.

Checks, each printed with what it saw:
- format: the server refuses ``response_format: json_schema`` (HTTP 500); postil steps down to
  ``json_object`` once, says so, remembers it; the garbage answers leave the review incomplete
  ("not answered", exit 1 with ``fail-on``), never "All clear";
- window: on a server started with a 2048-token context, the request past it is refused, postil
  learns the window from the refusal (kept in ``.postil/llm/context-windows.json``) and says the
  unit was not reviewed and why;
- cancel: a review whose call runs past its time limit closes its stream, and the server says it
  stopped ("Disconnected from client") and generated only what it had before (on a busy machine
  the limit passes while the server still reads the prompt: it stops at its first token), and
  answers the next request at once;
- give_up: postil's call for a 30,000-token answer, given up after 2 s: the server says it
  stopped and answers the next request at once (a one-slot server still generating would make
  it wait for all 30,000 tokens).

Usage: python bench/llm_local_check.py [--llama-python PYTHON] [--json PATH]
(PYTHON: an interpreter that imports ``llama_cpp.server`` and ``gguf``; default this one.)
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
CANCEL_MAX_TOKENS = 6000  # the server allows what its 8192-token context leaves after the prompt
GIVE_UP_TOKENS = 30000  # an answer no CPU generates in the 2 s the call is given
SOURCE = "def apply_discount(price, percent):\n    return price - price * percent / 10\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """llama-cpp-python's server on 127.0.0.1 for ``model`` with an ``n_ctx`` context; its log in ``log``."""

    def __init__(self, python: str, model: Path, n_ctx: int, log: Path) -> None:
        self.port = free_port()
        self.log = log
        self.process = subprocess.Popen(
            [python, "-m", "llama_cpp.server", "--model", str(model), "--model_alias", "tiny", "--n_ctx", str(n_ctx),
             "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=log.open("w"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 180
        while not self.answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the model server did not start: {log.read_text()[-2000:]}")
            time.sleep(0.5)  # a process starting up: nothing to wait on but its port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/models", timeout=2):
                return True
        except OSError:
            return False

    def seconds_to_answer(self) -> float:
        """How long a one-token request takes now (long when the server is still busy with another)."""
        body = json.dumps({"model": "tiny", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 1}).encode()
        started = time.monotonic()
        request = urllib.request.Request(f"{self.url}/chat/completions", body, {"content-type": "application/json"})
        with urllib.request.urlopen(request, timeout=300) as answer:
            answer.read()
        return time.monotonic() - started

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def review(project: Path, server: Server, home: Path, *args: str) -> tuple[int, dict, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
                "POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": server.url,
                "POSTIL_LLM_MODEL": "tiny", "PYTHONPATH": str(HERE.parent)})
    done = subprocess.run([sys.executable, "-P", "-m", "postil", "review", "pricing.py", "--format", "json", *args],
                          cwd=project, env=env, capture_output=True, text=True, timeout=900, check=False)
    try:
        report = json.loads(done.stdout)
    except ValueError:
        report = {}
    return done.returncode, report, done.stderr + done.stdout


def project_in(root: Path, name: str, user_config: str = "") -> tuple[Path, Path]:
    project, home = root / name, root / f"{name}-home"
    project.mkdir()
    (project / "pricing.py").write_text(SOURCE)
    (project / ".postil.toml").write_text('[llm]\nfail-on = "warning"\n')
    (home / "config" / "postil").mkdir(parents=True)
    (home / "config" / "postil" / "config.toml").write_text(user_config)
    return project, home


def learned(project: Path, name: str) -> dict:
    """What postil learned about the server, as kept in ``.postil/llm/NAME`` ({} when nothing)."""
    try:
        return json.loads((project / ".postil" / "llm" / name).read_text())
    except (OSError, ValueError):
        return {}


def llm_summary(report: dict) -> dict:
    return report.get("summary", {}).get("coverage", {}).get("llm", {})


def reviewed(root: Path, name: str, python: str, model: Path, n_ctx: int, user_config: str = ""):
    """``postil review`` of a project NAME against a server with an ``n_ctx`` context:
    (project, exit status, the coverage's llm part, what it said, how long it took, the server)."""
    server = Server(python, model, n_ctx, root / f"{name}.log")
    try:
        project, home = project_in(root, name, user_config)
        started = time.monotonic()
        rc, report, said = review(project, server, home)
        seconds = time.monotonic() - started
        server.next_answer = server.seconds_to_answer()
    finally:
        server.stop()
    return project, rc, llm_summary(report), said, seconds, server


def check_format(root: Path, python: str, model: Path) -> dict:
    project, rc, llm, said, _seconds, _server = reviewed(root, "format", python, model, 8192)
    formats = learned(project, "response-formats.json")
    # garbage under a JSON grammar: unreadable (not answered, exit 1) or, as often, an empty list
    # ("nothing to report", exit 0) — never a crash, never "All clear" with a unit unanswered
    honest = (llm.get("complete") is False and rc == 1) or (llm.get("complete") is True and rc == 0
                                                          and not llm.get("not_answered"))
    ok = "refused response_format 'json_schema'" in said and list(formats.values()) == ["json_object"] and honest
    return {"ok": ok, "exit": rc, "complete": llm.get("complete"), "not_answered": llm.get("not_answered"),
            "learned_format": formats}


def check_window(root: Path, python: str, model: Path) -> dict:
    project, rc, llm, _said, _seconds, _server = reviewed(root, "window", python, model, 2048)
    windows = learned(project, "context-windows.json")
    reasons = [u["reason"] for u in llm.get("not_answered", [])]
    ok = rc == 1 and list(windows.values()) == [2048] and bool(reasons) and all("context window" in r for r in reasons)
    return {"ok": ok, "exit": rc, "learned_window": windows, "not_answered": llm.get("not_answered")}


def check_cancel(root: Path, python: str, model: Path) -> dict:
    settings = f'[llm]\nresponse-format = "none"\nmax-output-tokens = {CANCEL_MAX_TOKENS}\ntimeout = 5\nretries = 0\n'
    _project, rc, llm, _said, seconds, server = reviewed(root, "cancel", python, model, 8192, settings)
    disconnected = "Disconnected from client" in server.log.read_text(errors="replace")
    reasons = [u["reason"] for u in llm.get("not_answered", [])]
    ok = rc == 1 and any("did not answer in time" in r for r in reasons) and disconnected and server.next_answer < 30
    return {"ok": ok, "exit": rc, "not_answered": llm.get("not_answered"), "review_seconds": round(seconds, 1),
            "server_said_disconnected": disconnected, "max_tokens": CANCEL_MAX_TOKENS,
            "next_request_seconds": round(server.next_answer, 2)}


def check_give_up(root: Path, python: str, model: Path) -> dict:
    """postil's own call for a long answer, given up after 2 s: how much of it the server generated."""
    sys.path.insert(0, str(HERE.parent))
    from postil.analyzers.llm.provider_errors import ProviderError
    from postil.analyzers.llm.providers import Provider, Request
    from postil.config import LLMConfig
    from postil.config.environment import resolve

    server = Server(python, model, GIVE_UP_TOKENS + 2048, root / "give-up.log")
    try:
        settings = resolve(LLMConfig(provider="openai-compatible", base_url=server.url, model="tiny", timeout=2,
                                     retries=0, response_format="none"), env={})
        request = Request(system="Write a long story.", user="Once upon a time", schema={}, model="tiny",
                          max_output_tokens=GIVE_UP_TOKENS)
        try:
            Provider(settings).complete(request)
            failure = None
        except ProviderError as exc:
            failure = str(exc)
        server.next_answer = server.seconds_to_answer()
    finally:
        server.stop()
    disconnected = "Disconnected from client" in server.log.read_text(errors="replace")
    # a one-slot server still generating the 30,000 tokens would make the next request wait for them
    ok = failure is not None and "in time" in failure and disconnected and server.next_answer < 30
    return {"ok": ok, "failure": failure, "max_tokens": GIVE_UP_TOKENS, "server_said_disconnected": disconnected,
            "next_request_seconds": round(server.next_answer, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--llama-python", default=sys.executable)
    parser.add_argument("--json", help="write the results here too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="postil-llama-") as tmp:
        root = Path(tmp)
        model = root / "tiny.gguf"
        subprocess.run([args.llama_python, str(HERE / "tiny_gguf.py"), str(model)], check=True)
        results = {name: check(root, args.llama_python, model)
                   for name, check in (("format", check_format), ("window", check_window), ("cancel", check_cancel),
                                       ("give_up", check_give_up))}
    for name, result in results.items():
        print(f"{name}: {'ok' if result['ok'] else 'FAILED'}")
        for key, value in result.items():
            if key != "ok":
                print(f"  {key}: {json.dumps(value)}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0 if all(r["ok"] for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
