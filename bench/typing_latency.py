"""What a user typing sees: postil serve beside ruff server, default settings, raw JSON-RPC.

One stdio client speaks plain LSP to each server in turn (push diagnostics, as VS Code
1.x without pull and Neovim 0.7 do), opens the same ~1,000-line Python file (``--flow``: ending
with one taint flow), and prints:

* launch → ``initialize`` answered, and ``initialized`` → first publishDiagnostics of a
  document opened right after it (target ≤ 0.5 s), with the CPU time the server used
  between the two (a figure other load on the machine moves much less than wall time);
* didChange → publishDiagnostics of that version, one-line edits sent at a typing pace
  (each after the previous one's diagnostics): p50 / p95 (target p95 ≤ 50 ms, goal ≤ 2×
  ruff server's p95 in the same run), and the ratio of the p95s; the server's CPU
  time per change (the figure to compare on a loaded machine); and, for postil, how many of
  the file's functions and classes its last check computed again (the rest were kept).

No setting is changed from its default on either server.

``--line N`` types each edit into the file at line N (0-based) instead of above its first line: a
statement with that line's indentation (inside a function, typing there). ``--in-process``: the same
edits checked in this process (``Checker.check_text`` of an open document, no server), CPU time per
check (median, p95) and the units the last check computed again. ``--handlers``: the file is
~1,000 lines of generated Flask handlers (``bench/handlers_vs_bandit.py``'s, one module; issue 31:
a check of 1,000 handler lines ≤ 100 ms) instead of a library file; ``--project``: with the
modules they import beside it (a file alone is not what a user's project gives the editor).

Usage: python bench/typing_latency.py [--file PATH] [--iterations N] [--launches N] [--line N] [--flow]
       [--in-process] [--handlers [--project]]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import add_json_option, percentile, record, sdist, write_json
from handlers_vs_bandit import generate, one_module

POSTIL = (sys.executable, "-P", "-m", "postil", "serve")


def ruff_server() -> tuple[str, ...] | None:
    beside = Path(sys.executable).parent / "ruff"
    found = str(beside) if beside.exists() else shutil.which("ruff")
    return (found, "server") if found else None


def thousand_lines(source: Path | None, flow: bool = False) -> str:
    """~1,000 lines of a real file (default: SQLAlchemy's sql/selectable.py): up to the first
    top-level definition at or past line 1,000 (cut at line 1,000 exactly, selectable.py ended
    inside a docstring, and every check ran CPython's parser to place the syntax error), and
    with ``flow`` one taint flow at the end (`x = eval(input())`, issue 31 item 9)."""
    source = source or sdist("sqlalchemy", "2.0.36") / "lib" / "sqlalchemy" / "sql" / "selectable.py"
    lines = source.read_text(encoding="utf-8").splitlines()
    end = next((i for i in range(1000, len(lines)) if lines[i].startswith(("def ", "class ", "@", "async def "))),
               len(lines))
    while end < len(lines) and end and lines[end - 1].startswith("@"):
        end -= 1
    return "\n".join(lines[:end]) + "\n" + ("x = eval(input())\n" if flow else "")


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system, all threads) a process and the processes it started (postil's
    check process) have used: unlike wall time, barely moved by other load on the machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    children = {int(c) for task in Path(f"/proc/{pid}/task").iterdir()
                for c in (task / "children").read_text().split()}
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK") + sum(map(cpu_seconds, children))


class RawClient:
    """A minimal LSP client: Content-Length framing over a subprocess's stdio."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.next_id = 0
        self.responses: dict[int, asyncio.Future] = {}
        self.published: dict[tuple[str, int | None], asyncio.Future] = {}
        self.notifications: list[dict] = []  # every other notification from the server
        self.notified = asyncio.Event()
        self.reader = asyncio.ensure_future(self._read())

    @classmethod
    async def launch(cls, command: tuple[str, ...], cwd: Path, env: dict | None = None) -> RawClient:
        proc = await asyncio.create_subprocess_exec(*command, cwd=cwd, env=env, stdin=asyncio.subprocess.PIPE,
                                                    stdout=asyncio.subprocess.PIPE,
                                                    stderr=asyncio.subprocess.DEVNULL)
        return cls(proc)

    def send(self, message: dict) -> None:
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method: str, params) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    async def request(self, method: str, params) -> dict:
        self.next_id += 1
        future = asyncio.get_running_loop().create_future()
        self.responses[self.next_id] = future
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return await asyncio.wait_for(future, 60)

    def expect(self, uri: str, version: int | None) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        self.published[(uri, version)] = future
        return future

    async def _read(self) -> None:
        stream = self.proc.stdout
        while True:
            length = 0
            while True:
                line = await stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            message = json.loads(await stream.readexactly(length))
            now = time.perf_counter()
            if "id" in message and "method" in message:  # a request from the server
                self.send({"jsonrpc": "2.0", "id": message["id"],
                           "result": [None] * len(message["params"].get("items", []))
                           if message["method"] == "workspace/configuration" else None})
            elif "id" in message:
                future = self.responses.pop(message["id"], None)
                if future is not None and not future.done():
                    future.set_result(message)
            elif message.get("method") == "textDocument/publishDiagnostics":
                params = message["params"]
                future = self.published.pop((params["uri"], params.get("version")), None)
                if future is None:
                    future = self.published.pop((params["uri"], None), None)
                if future is not None and not future.done():
                    future.set_result(now)
            else:
                self.notifications.append(message)
                self.notified.set()

    async def close(self) -> None:
        try:
            await self.request("shutdown", None)
            self.notify("exit", None)
            await asyncio.wait_for(self.proc.wait(), 10)
        except (asyncio.TimeoutError, ConnectionError):
            self.proc.kill()
        self.reader.cancel()


CAPABILITIES = {"textDocument": {"publishDiagnostics": {"versionSupport": True},
                                 "synchronization": {"didSave": True}},
                "workspace": {"configuration": True}, "general": {"positionEncodings": ["utf-16"]}}


def edit_at(text: str, line: int | None, version: int) -> tuple[int, str]:
    """(line, text) of one typed edit: a comment above the first line, or at ``line`` a
    statement indented as that line is."""
    if line is None:
        return 0, f"# edit {version}\n"
    current = text.split("\n")[line]
    return line, f"{current[:len(current) - len(current.lstrip())]}_edit = {version}\n"


async def session(command: tuple[str, ...], root: Path, uri: str, text: str, edits: int,
                  line: int | None = None) -> dict:
    """One launch: start-up figures, then ``edits`` typing-pace changes."""
    launched = time.perf_counter()
    client = await RawClient.launch(command, root)
    await client.request("initialize", {"processId": None, "rootUri": root.as_uri(), "capabilities": CAPABILITIES,
                                        "workspaceFolders": [{"uri": root.as_uri(), "name": "bench"}]})
    initialized = time.perf_counter()
    initialize_cpu = cpu_seconds(client.proc.pid)
    client.notify("initialized", {})
    first = client.expect(uri, 1)
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": 1,
                                                            "text": text}})
    first_at = await asyncio.wait_for(first, 60)
    first_cpu = cpu_seconds(client.proc.pid)
    changes = []
    before_changes = cpu_seconds(client.proc.pid)
    for version in range(2, edits + 2):
        done = client.expect(uri, version)
        at, typed = edit_at(text, line, version)
        sent = time.perf_counter()
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": at, "character": 0}, "end": {"line": at, "character": 0}},
                                "text": typed}]})
        changes.append(1000 * (await asyncio.wait_for(done, 60) - sent))
    change_cpu = cpu_seconds(client.proc.pid) - before_changes
    units = searched = None
    if command == POSTIL:
        status = (await client.request("workspace/executeCommand", {"command": "postil.showStatus"})).get("result") or {}
        units, searched = status.get("lastCheckUnits"), status.get("lastCheckRulesSearched")
    await client.close()
    return {"initialize_ms": 1000 * (initialized - launched), "first_ms": 1000 * (first_at - initialized),
            "first_cpu_ms": 1000 * (first_cpu - initialize_cpu), "change_ms": changes,
            "change_cpu_ms": 1000 * change_cpu / max(1, edits), "units": units, "searched": searched}


async def measure(name: str, command: tuple[str, ...], root: Path, uri: str, text: str, args) -> dict:
    runs = [await session(command, root, uri, text, args.iterations, args.line) for _ in range(args.launches)]
    changes = [ms for run in runs for ms in run["change_ms"]]
    figures = {"initialize_ms": statistics.median(r["initialize_ms"] for r in runs),
               "first_ms": statistics.median(r["first_ms"] for r in runs),
               "first_cpu_ms": statistics.median(r["first_cpu_ms"] for r in runs),
               "change_p50": statistics.median(changes), "change_p95": percentile(changes, 95),
               "change_cpu_ms": statistics.median(r["change_cpu_ms"] for r in runs),
               "change_runs": changes}
    print(f"{name:12} initialize {figures['initialize_ms']:6.0f} ms | initialized -> first diagnostics "
          f"{figures['first_ms']:6.0f} ms (CPU {figures['first_cpu_ms']:4.0f} ms) | didChange -> diagnostics p50 {figures['change_p50']:5.1f} ms, "
          f"p95 {figures['change_p95']:5.1f} ms (server CPU {figures['change_cpu_ms']:4.1f} ms per change)")
    units = runs[-1]["units"]
    if units:
        print(f"{'':12} last change: {units['recomputed']} of {units['of']} functions and classes checked again, "
              f"{runs[-1]['searched']} rules searched")
    return figures


def in_process(text: str, args) -> None:
    """The edits checked in this process, as the server's worker checks them (CPU time per check)."""
    from postil.analyzers.checker import Checker
    from postil.config import LoadedConfig, PostilConfig

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.py"
        in_project(path.parent, args)
        checker = Checker(LoadedConfig(PostilConfig(), None, path.parent))
        checker.check_text(path, text, incremental=True)
        cpu, searched = [], []
        for version in range(2, args.iterations + 2):
            at, typed = edit_at(text, args.line, version)
            lines = text.split("\n")
            lines.insert(at, typed.rstrip("\n"))
            text = "\n".join(lines)
            started = time.process_time()
            checker.check_text(path, text, incremental=True)
            cpu.append(1000 * (time.process_time() - started))
            searched.append(len(checker.document_rules(str(path)).rules_searched))
        units = checker.kept_units(str(path))
    print(f"in process   check CPU per change median {statistics.median(cpu):5.1f} ms, p95 {percentile(cpu, 95):5.1f} ms"
          f" ({args.iterations} edits); last change: {units[0] if units else 'all'} of "
          f"{units[1] if units else '?'} functions and classes checked again; rules searched per change median "
          f"{statistics.median(searched)}")
    record(in_process_cpu_ms_median=statistics.median(cpu), in_process_cpu_ms_p95=percentile(cpu, 95))


def in_project(root: Path, args) -> None:
    """With ``--project``, the modules the generated handlers import written beside the file (its
    ``helpers/``, ``app/db.py``: handlers_vs_bandit.generate): the file checked as in its project,
    linked to them (taint_modules.ModuleLink), as users see it."""
    if args.project:
        generate(root, 0)


async def run(args) -> None:
    text = one_module() if args.handlers else thousand_lines(args.file, args.flow)
    if args.in_process:
        print(f"{text.count(chr(10))}-line file, {args.iterations} edits, default settings")
        in_process(text, args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = root / "big.py"
        path.write_text(text)
        in_project(root, args)
        print(f"{text.count(chr(10))}-line file, {args.launches} launches x {args.iterations} edits, default settings")
        postil = await measure("postil", POSTIL, root, path.as_uri(), text, args)
        record(**{f"postil_{k}": v for k, v in postil.items()})
        anchor = ruff_server()
        if anchor is None:
            print("ruff server: not installed (pip install -e '.[bench]'); no anchor")
            return
        ruff = await measure("ruff server", anchor, root, path.as_uri(), text, args)
        record(**{f"ruff_{k}": v for k, v in ruff.items()})
        ratio = postil["change_p95"] / ruff["change_p95"]
        record(change_p95_ratio_to_ruff=ratio)
        print(f"didChange p95 ratio postil/ruff: {ratio:.2f} (goal <= 2)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", type=Path, default=None, help="a Python file (~1,000 lines used, see thousand_lines; default SQLAlchemy sql/selectable.py)")
    parser.add_argument("--iterations", type=int, default=40)
    parser.add_argument("--launches", type=int, default=3)
    parser.add_argument("--line", type=int, default=None, help="type at this line (0-based), not above the first")
    parser.add_argument("--flow", action="store_true", help="end the file with one taint flow: x = eval(input())")
    parser.add_argument("--in-process", action="store_true", help="check the edits in this process, no server")
    parser.add_argument("--handlers", action="store_true", help="type into ~1,000 lines of generated Flask handlers")
    parser.add_argument("--project", action="store_true",
                        help="with --handlers: the helper modules they import written beside the file")
    add_json_option(parser)
    args = parser.parse_args()
    asyncio.run(run(args))
    write_json(args.json)


if __name__ == "__main__":
    main()
