"""What `postil serve` costs on a real project: memory (RSS) and disk, LLM review off and on.

Copies a project (default: SQLAlchemy 2.0.36's sdist, 686 Python files) to a temporary
directory, starts the server there with default settings over raw JSON-RPC, opens
--open files, waits for their diagnostics and for background work to settle, and prints
the server's peak and steady RSS and the size of ``.postil/`` in the project. LLM off:
nothing else configured (the index is not built: nothing would read it). LLM on: a project
``.postil.toml`` naming the test suite's fake provider (trusted in a temporary user config),
so the server builds the workspace index (default embeddings) as a user with a provider gets.

Usage: python bench/server_rss.py [--project PATH] [--open N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import add_json_option, record, sdist, write_json
from typing_latency import CAPABILITIES, POSTIL, RawClient

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "analyzers" / "llm"))


def memory_mb(pid: int) -> tuple[float, float]:
    """(peak, current) resident set size of a process, MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value
    return int(fields["VmHWM"].split()[0]) / 1024, int(fields["VmRSS"].split()[0]) / 1024


def disk_mb(directory: Path) -> float:
    if not directory.exists():
        return 0.0
    return sum(p.stat().st_size for p in directory.rglob("*") if p.is_file()) / 1e6


def index_state(client: RawClient) -> str | None:
    states = [n["params"]["index"]["state"] for n in client.notifications if n.get("method") == "postil/status"]
    return states[-1] if states else None


async def measure(root: Path, files: list[Path], env: dict, llm: bool) -> dict:
    launched = time.perf_counter()
    client = await RawClient.launch(POSTIL, root, env)
    await client.request("initialize", {"processId": None, "rootUri": root.as_uri(), "capabilities": CAPABILITIES,
                                        "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}]})
    client.notify("initialized", {})
    for path in files:
        done = client.expect(path.as_uri(), 1)
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": path.as_uri(), "languageId": "python", "version": 1, "text": path.read_text(encoding="utf-8")}})
        await asyncio.wait_for(done, 120)
    # settle: with LLM review on, until the index is ready; off, until showStatus answers
    # (the LLM configuration is read by then, and the index would have started)
    status = await client.request("workspace/executeCommand", {"command": "postil.showStatus", "arguments": []})
    while llm and index_state(client) != "ready":
        client.notified.clear()
        await asyncio.wait_for(client.notified.wait(), 600)
    status = (await client.request("workspace/executeCommand", {"command": "postil.showStatus", "arguments": []}))["result"]
    peak, steady = memory_mb(client.proc.pid)
    seconds = time.perf_counter() - launched
    await client.close()
    return {"peak_mb": peak, "steady_mb": steady, "disk_mb": disk_mb(root / ".postil"), "seconds": seconds,
            "llm": status["llm"]["state"], "index": status["index"]["state"]}


async def run(args) -> None:
    from fake_provider import FakeProvider

    source = args.project or sdist("sqlalchemy", "2.0.36")
    files = sorted((source / "lib").rglob("*.py"))[:args.open] if (source / "lib").is_dir() else \
        sorted(source.rglob("*.py"))[:args.open]
    count = sum(1 for _ in source.rglob("*.py"))
    print(f"{source.name}: {count} Python files, {args.open} opened, default settings")
    fake = FakeProvider().start()
    try:
        for llm in (False, True):
            with tempfile.TemporaryDirectory() as tmp:
                root = Path(tmp) / source.name
                shutil.copytree(source, root, symlinks=True)
                # a user config and state of its own; no provider from this shell's environment
                os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
                os.environ["XDG_STATE_HOME"] = str(Path(tmp) / "state")
                env = {k: v for k, v in os.environ.items() if not k.startswith("POSTIL_LLM_")}
                if llm:
                    (root / ".postil.toml").write_text(f'[llm]\nprovider = "openai-compatible"\n'
                                                       f'base-url = "{fake.openai_url}"\nmodel = "test-model"\n')
                    from postil import trust_store

                    trust_store.record([root / ".postil.toml"])  # as `postil trust` records it
                opened = [root / p.relative_to(source) for p in files]
                figures = await measure(root, opened, env, llm)
                name = "LLM review on" if llm else "LLM review off"
                print(f"{name:15} RSS peak {figures['peak_mb']:5.0f} MB, steady {figures['steady_mb']:5.0f} MB | "
                      f".postil/ {figures['disk_mb']:6.1f} MB | llm {figures['llm']}, index {figures['index']} | "
                      f"settled after {figures['seconds']:.1f} s")
                record(**{f"{'llm_on' if llm else 'llm_off'}_{k}": v for k, v in figures.items()})
    finally:
        fake.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--project", type=Path, default=None, help="a project directory (default: SQLAlchemy 2.0.36)")
    parser.add_argument("--open", type=int, default=20, help="files to open (default 20)")
    add_json_option(parser)
    args = parser.parse_args()
    asyncio.run(run(args))
    write_json(args.json)


if __name__ == "__main__":
    main()
