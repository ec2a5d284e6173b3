"""Latency and memory of `postil serve`, measured through a real LSP client.

Drives the server over stdio with pygls's LanguageClient and VS Code's capabilities
(push diagnostics) and prints:

* didChange and didSave → publishDiagnostics for a 1,000-line Python file, default
  settings: p50 / p95 (target p95 ≤ 50 ms; bench/typing_latency.py has ruff beside it);
* textDocument/codeAction response time: p50 / p95 (target p95 ≤ 20 ms);
* 1,000 rapid didChange notifications on one document (default settings): how many
  publishes, server RSS before/after, and a code action sent in the middle (target
  ≤ 100 ms); then the same written in one burst, the code action request queued
  behind 499 changes;
* server RSS after opening 200 files (target ≤ 250 MB before any index exists);
* start-up: launch → `initialize` answered (target ≤ 0.8 s) and launch → first
  publishDiagnostics for a document opened right after `initialized`; medians of
  --launches runs.

Usage: python bench/server_latency.py [--file PATH] [--iterations N] [--launches N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pytest_lsp
from lsprotocol import types
from pygls.lsp.client import LanguageClient

from _common import add_json_option, record, write_json

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path(__file__).resolve().parent / ".work/sqlalchemy-2.0.36/lib/sqlalchemy/sql/selectable.py"  # as typing_latency


def rss_mb(pid: int) -> float:
    """Resident memory of the server and the processes it started (its check process)."""
    children = {int(c) for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024 + sum(map(rss_mb, children))
    return float("nan")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def thousand_lines(source: Path | None) -> str:
    if source is not None and source.is_file():
        lines = source.read_text(encoding="utf-8").splitlines()[:1000]
    else:  # a synthetic but varied file when the benchmark corpus is absent
        lines = []
        for i in range(250):
            lines += [f"def handler_{i}(request, items=None):", f"    total = sum(x * {i} for x in items or [])",
                      "    if request.user is None:", f"        return {{'total': total, 'id': {i}}}"]
    lines += ["", "def suspicious(value):", "    if value == None:", "        return eval(value)", "    return value"]
    return "\n".join(lines) + "\n"


class Bench:
    def __init__(self, client: LanguageClient) -> None:
        self.client = client
        self.waiters: dict[tuple[str, int | None], asyncio.Future] = {}
        self.publishes: list[types.PublishDiagnosticsParams] = []
        self.launched = self.initialized = 0.0  # perf_counter at launch / initialize answered

        @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def on_publish(params: types.PublishDiagnosticsParams):
            self.publishes.append(params)
            future = self.waiters.pop((params.uri, params.version), None)
            if future is not None and not future.done():
                future.set_result((time.perf_counter(), params))

        @client.feature(types.WORKSPACE_CONFIGURATION)
        def on_configuration(params):
            return [None for _ in params.items]

        @client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def on_register(params):
            return None

        @client.feature(types.WINDOW_LOG_MESSAGE)
        def on_log(params):
            return None

        @client.feature(types.WINDOW_SHOW_MESSAGE)
        def on_show(params):
            print(f"  server message: {params.message}", file=sys.stderr)

    def expect(self, uri: str, version: int | None) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        self.waiters[(uri, version)] = future
        return future

    def open(self, uri: str, text: str, version: int = 1) -> None:
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=version, text=text)))

    def change(self, uri: str, version: int, line: int, text: str) -> None:
        pos = types.Position(line=line, character=0)
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=pos, end=pos), text=text)]))

    @staticmethod
    def action_params(uri: str, line: int) -> types.CodeActionParams:
        return types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=line, character=0), end=types.Position(line=line, character=0)),
            context=types.CodeActionContext(diagnostics=[]))

    async def code_action(self, uri: str, line: int) -> float:
        started = time.perf_counter()
        await self.client.text_document_code_action_async(self.action_params(uri, line))
        return time.perf_counter() - started

    async def settle(self, uri: str) -> None:
        """Wait until the server has handled everything sent so far."""
        await self.code_action(uri, 0)


async def start(root: Path, init_options: dict) -> tuple[LanguageClient, Bench]:
    client = LanguageClient("postil-bench", "1")
    bench = Bench(client)
    bench.launched = time.perf_counter()
    await client.start_io(sys.executable, "-P", "-m", "postil", "serve")
    await client.initialize_async(types.InitializeParams(
        capabilities=pytest_lsp.client_capabilities("visual-studio-code"), root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="bench")],
        initialization_options=init_options))
    bench.initialized = time.perf_counter()
    client.initialized(types.InitializedParams())
    return client, bench


async def startup(root: Path, uri: str, text: str, launches: int) -> None:
    """Launch → initialize response, and launch → first diagnostics of a document
    opened as soon as the session is initialized (what an editor does)."""
    init_ms, first_ms = [], []
    for _ in range(launches):
        client, bench = await start(root, {})
        published = bench.expect(uri, 1)
        bench.open(uri, text)
        finished, _ = await asyncio.wait_for(published, 60)
        init_ms.append(1000 * (bench.initialized - bench.launched))
        first_ms.append(1000 * (finished - bench.launched))
        await stop(client)
    record(startup_initialize_ms=statistics.median(init_ms), startup_first_diagnostics_ms=statistics.median(first_ms))
    print(f"start-up, {launches} launches: launch -> initialize answered: median {statistics.median(init_ms):.0f} ms "
          f"(min {min(init_ms):.0f}, max {max(init_ms):.0f}); launch -> first diagnostics: "
          f"median {statistics.median(first_ms):.0f} ms (min {min(first_ms):.0f}, max {max(first_ms):.0f})")


async def stop(client: LanguageClient) -> None:
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


async def run(args) -> None:
    text = thousand_lines(args.file)
    n = args.iterations
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = root / "big.py"
        path.write_text(text)
        uri = path.as_uri()

        # 0. start-up
        if args.launches:
            await startup(root, uri, text, args.launches)

        # 1. didChange and didSave latency with default settings, code actions
        client, bench = await start(root, {})
        opened = bench.expect(uri, 1)
        bench.open(uri, text)
        await asyncio.wait_for(opened, 60)
        change_ms, save_ms, action_ms = [], [], []
        version = 1
        fix_line = text.count("\n") - 3
        for i in range(n):
            version += 1
            done = bench.expect(uri, version)
            sent = time.perf_counter()
            bench.change(uri, version, 0, f"# edit {i}\n")
            finished, _ = await asyncio.wait_for(done, 60)
            change_ms.append((finished - sent) * 1000)
            done = bench.expect(uri, version)
            sent = time.perf_counter()
            client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
            finished, _ = await asyncio.wait_for(done, 60)
            save_ms.append((finished - sent) * 1000)
        for i in range(max(n, 50)):
            action_ms.append(1000 * await bench.code_action(uri, fix_line + (i % 3)))
        record(change_ms_runs=change_ms, save_ms_runs=save_ms, action_ms_runs=action_ms,
               change_ms_p50=statistics.median(change_ms), change_ms_p95=pct(change_ms, .95),
               save_ms_p50=statistics.median(save_ms), save_ms_p95=pct(save_ms, .95),
               action_ms_p50=statistics.median(action_ms), action_ms_p95=pct(action_ms, .95))
        print(f"1,000-line file ({text.count(chr(10))} lines), {n} iterations:")
        print(f"  didChange -> publishDiagnostics (default settings): p50 {statistics.median(change_ms):.1f} ms, "
              f"p95 {pct(change_ms, .95):.1f} ms")
        print(f"  didSave   -> publishDiagnostics:                  p50 {statistics.median(save_ms):.1f} ms, "
              f"p95 {pct(save_ms, .95):.1f} ms")
        print(f"  textDocument/codeAction:                           p50 {statistics.median(action_ms):.1f} ms, "
              f"p95 {pct(action_ms, .95):.1f} ms")
        await stop(client)

        # 2. 1,000 rapid changes with default settings
        client, bench = await start(root, {})
        pid = client._server.pid
        opened = bench.expect(uri, 1)
        bench.open(uri, text)
        await asyncio.wait_for(opened, 60)
        rss_before = rss_mb(pid)
        before = len(bench.publishes)
        middle_ms = None
        last = 1001
        final = bench.expect(uri, last)
        started = time.perf_counter()
        for version in range(2, last + 1):
            bench.change(uri, version, 0, "#")
            if version == 500:
                middle_ms = 1000 * await bench.code_action(uri, fix_line)
            await asyncio.sleep(0)  # let the transport drain, as an editor's event loop would
        await asyncio.wait_for(final, 60)
        elapsed = time.perf_counter() - started
        record(rapid_publishes=len(bench.publishes) - before, rapid_action_ms=middle_ms, rapid_rss_before_mb=rss_before,
               rapid_rss_after_mb=rss_mb(pid))
        print(f"1,000 rapid didChange on one document ({elapsed:.2f} s): {len(bench.publishes) - before} publishes; "
              f"code action in the middle answered in {middle_ms:.1f} ms; "
              f"RSS {rss_before:.0f} MB before, {rss_mb(pid):.0f} MB after")

        # 2b. the same 1,000 changes written in one burst, the code action request
        # written after the 500th: it is queued behind 499 changes (worst case)
        await bench.settle(uri)
        before = len(bench.publishes)
        answered: list[float] = []
        final = bench.expect(uri, 2 * last - 1)
        for version in range(last + 1, 2 * last):
            bench.change(uri, version, 0, "#")
            if version == last + 499:
                sent = time.perf_counter()
                client.text_document_code_action(bench.action_params(uri, fix_line)).add_done_callback(
                    lambda _: answered.append(time.perf_counter()))
        await asyncio.wait_for(final, 60)
        record(burst_action_ms=1000 * (answered[0] - sent))
        print(f"1,000 didChange in one burst: {len(bench.publishes) - before} publishes; code action queued "
              f"behind 499 of them answered in {1000 * (answered[0] - sent):.1f} ms; RSS {rss_mb(pid):.0f} MB")
        await stop(client)

        # 3. RSS after opening 200 files
        client, bench = await start(root, {})
        pid = client._server.pid
        rss_start = rss_mb(pid)
        files = sorted(args.file.parent.rglob("*.py"))[:200] if args.file and args.file.is_file() else []
        waits = []
        for i in range(200):
            source = files[i] if i < len(files) else None
            body = source.read_text(encoding="utf-8", errors="replace") if source else thousand_lines(None)
            doc_uri = (root / f"doc{i}.py").as_uri()
            waits.append(bench.expect(doc_uri, 1))
            bench.open(doc_uri, body)
        await asyncio.wait_for(asyncio.gather(*waits), 600)
        record(rss_initialized_mb=rss_start, rss_200_files_mb=rss_mb(pid))
        print(f"server RSS: {rss_start:.0f} MB after initialize, {rss_mb(pid):.0f} MB after opening 200 files")
        await stop(client)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_SOURCE, help="a Python file (first 1,000 lines used)")
    parser.add_argument("--iterations", type=int, default=40)
    parser.add_argument("--launches", type=int, default=5, help="server launches for the start-up figures (0: skip)")
    add_json_option(parser)
    args = parser.parse_args()
    asyncio.run(run(args))
    write_json(args.json)


if __name__ == "__main__":
    main()
