"""The VS Code extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) with the
extension's .vsix installed, driven through Debian's Chromium by Playwright. A user opens a Python
file, sees postil's squiggle, applies the preferred quick fix with the keyboard, and runs palette
commands; nothing leaves 127.0.0.1 on the way.

scripts/install-code-server installs code-server (cached under ~/.cache/postil-test); scripts/test
runs it, so CI has it. When it cannot be installed this test fails with the installer's message.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from test_vscode_extension import package_vsix

import postil

pytestmark = pytest.mark.slow  # real editors

REPO = Path(__file__).resolve().parent.parent.parent
INSTALLER = REPO / "scripts" / "install-code-server"
CHROMIUM = "/usr/bin/chromium"
# No background traffic from Chromium itself (STACK.md): on a closed network it would only fail.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SOURCE = "def check(x):\n    if x == None:\n        return 1\n    return 0\n"


@pytest.fixture(scope="module")
def code_server() -> str:
    """The code-server entry point, installed (or taken from the cache) by scripts/install-code-server."""
    run = subprocess.run([str(INSTALLER)], capture_output=True, text=True, timeout=1800)
    if run.returncode != 0:
        pytest.fail(f"scripts/install-code-server failed (exit {run.returncode}); the VS Code test needs it:\n"
                    + run.stderr[-3000:])
    return run.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def vsix(tmp_path_factory) -> Path:
    return package_vsix(tmp_path_factory.mktemp("vsix") / "postil.vsix")


class RecordingProxy:
    """An HTTP(S) proxy on 127.0.0.1 that forwards nothing and records what was asked of it.

    code-server and its extension host get it as their proxy, so any request they try to send
    off this machine lands here."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.closing = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.closing.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            if self.closing.is_set():
                conn.close()
                return
            with conn:
                conn.settimeout(5)
                try:
                    self.requests.append(conn.recv(4096).split(b"\r\n", 1)[0].decode(errors="replace"))
                    conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    pass

    def close(self) -> None:
        """Stop accepting, then free the descriptor. Closing it under a thread still in accept()
        let that thread accept on whatever socket took the number next: a later test's fake
        provider, whose requests then got this proxy's 403 (test_egress, in a full run)."""
        self.closing.set()
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes the accept() in progress
        self.thread.join(timeout=10)
        self.sock.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postil_launcher(directory: Path) -> Path:
    """An executable that starts this checkout's postil with the test's Python (`python -P -m postil`).

    code-server rebuilds the extension host's environment from a login shell, so PATH and
    PYTHONPATH do not carry over; the launcher does."""
    launcher = directory / "postil"
    source_root = Path(postil.__file__).resolve().parent.parent
    launcher.write_text(f"#!/bin/sh\nPYTHONPATH={source_root} exec {sys.executable} -P -m postil \"$@\"\n")
    launcher.chmod(0o755)
    return launcher


@pytest.fixture
def vscode(code_server, vsix, tmp_path):
    """Starts code-server on a free 127.0.0.1 port with the extension installed and a workspace
    holding `check.py`; `machine` and `user` are the postil settings for Remote (Machine) and User
    settings. Everything it writes stays under tmp_path; its process group is killed afterwards."""
    started: list[subprocess.Popen] = []
    proxy = RecordingProxy()

    def start(machine: dict, user: dict | None = None) -> dict:
        home, ud, ext, ws = (tmp_path / name for name in ("home", "user-data", "extensions", "ws"))
        for d in (home, ud / "Machine", ud / "User", ext, ws):
            d.mkdir(parents=True)
        (ws / "check.py").write_text(SOURCE)
        offline = {
            "telemetry.telemetryLevel": "off", "update.mode": "none", "extensions.autoCheckUpdates": False,
            "extensions.autoUpdate": False, "workbench.enableExperiments": False, "http.proxy": proxy.url,
            "workbench.startupEditor": "none", "security.workspace.trust.enabled": False,
        }
        # Written before the start: code-server does not notice settings.json edited from outside.
        (ud / "Machine" / "settings.json").write_text(json.dumps({**machine, **offline}))
        (ud / "User" / "settings.json").write_text(json.dumps({**(user or {}), **offline}))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VSCODE_", "POSTIL_"))}
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
                   XDG_CACHE_HOME=str(home / ".cache"), XDG_STATE_HOME=str(home / ".local/state"),
                   HTTP_PROXY=proxy.url, HTTPS_PROXY=proxy.url, http_proxy=proxy.url, https_proxy=proxy.url,
                   NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
        dirs = ["--user-data-dir", str(ud), "--extensions-dir", str(ext)]
        installed = subprocess.run(["node", code_server, *dirs, "--install-extension", str(vsix)],
                                   env=env, capture_output=True, text=True, timeout=300)
        assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]
        port = free_port()
        with (tmp_path / "code-server.log").open("w") as log:
            started.append(subprocess.Popen(
                ["node", code_server, "--auth", "none", "--bind-addr", f"127.0.0.1:{port}", "--disable-telemetry",
                 "--disable-update-check", "--disable-workspace-trust", "--disable-getting-started-override",
                 *dirs, str(ws)],
                env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True))
        url = f"http://127.0.0.1:{port}/"
        wait_for_http(url + "healthz", timeout=60)
        return {"url": f"{url}?folder={ws}", "ws": ws, "pgid": started[-1].pid, "proxy": proxy.url}

    try:
        yield start
    finally:
        for server in started:
            # The extension host and `postil serve` outlive the browser: end the whole group.
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=30)
        proxy.close()
    assert proxy.requests == [], f"code-server tried to leave 127.0.0.1: {proxy.requests}"


def wait_for_http(url: str, timeout: float) -> None:
    """Until code-server answers on its port."""
    import urllib.request

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + timeout
    while True:
        try:
            opener.open(url, timeout=5).read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@contextlib.contextmanager
def browser_page(url: str):
    """Debian's Chromium on `url` through Playwright; fails the test if any request it makes
    goes anywhere but 127.0.0.1 (such requests are aborted)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: scripts/install-code-server installs Debian's chromium")
    left: list[str] = []

    def guard(route) -> None:
        scheme, _, rest = route.request.url.partition("://")
        if scheme in ("http", "https", "ws", "wss") and not rest.startswith(("127.0.0.1:", "127.0.0.1/")):
            left.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        context.route("**/*", guard)
        page = context.new_page()
        page.set_default_timeout(120_000)
        page.goto(url)
        page.locator(".monaco-workbench").wait_for()
        page.locator(".explorer-folders-view").wait_for()
        yield page
        browser.close()
    assert left == [], f"the browser tried to leave 127.0.0.1: {left}"


def quick_open(page, name: str):
    """Open a workspace file with Ctrl+P; its editor."""
    page.keyboard.press("Control+p")
    page.locator(".quick-input-widget input").fill(name)
    page.locator(".quick-input-list .monaco-list-row", has_text=name).first.wait_for()
    page.keyboard.press("Enter")
    editor = page.locator(".editor-instance .monaco-editor").first
    editor.locator(".view-lines").wait_for()
    return editor


def palette(page, title: str) -> None:
    page.keyboard.press("F1")
    box = page.locator(".quick-input-widget input")
    box.wait_for(state="visible")
    box.fill(f">{title}")
    page.locator(".quick-input-list .monaco-list-row", has_text=title).first.wait_for()
    page.keyboard.press("Enter")


def output_text(page) -> str:
    """What the Output panel shows (Monaco renders spaces as no-break spaces)."""
    return page.locator(".part.panel .view-lines").inner_text().replace("\xa0", " ")


def toasts(page) -> list[str]:
    return page.locator(".notifications-toasts .notification-list-item-message").all_inner_texts()


def group_processes(pgid: int) -> list[tuple[str, dict[str, str]]]:
    """Command line and environment of every process in a process group."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            stat = (proc / "stat").read_text()
            if proc.name.isdigit() and int(stat.rsplit(")", 1)[1].split()[2]) == pgid:
                argv = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                pairs = (item.partition("=") for item in (proc / "environ").read_bytes().decode(errors="replace").split("\0"))
                found.append((argv, {k: v for k, _, v in pairs if k}))
        except (OSError, ValueError, IndexError):
            continue  # ended meanwhile
    return found


def wait_until(condition, timeout: float, message) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, message()
        time.sleep(0.2)


def test_squiggle_quick_fix_and_palette_commands(vscode, tmp_path):
    from playwright.sync_api import expect

    # postil.path is machine scoped: code-server is a remote window, which reads it from Remote settings.
    window = vscode({"postil.path": [str(postil_launcher(tmp_path))]})
    with browser_page(window["url"]) as page:
        editor = quick_open(page, "check.py")
        editor.locator(".squiggly-warning").first.wait_for(timeout=180_000)  # `x == None`

        # The preferred quick fix, by keyboard: to the problem (F8), Ctrl+. then Enter; save.
        editor.locator(".view-lines").click()
        page.keyboard.press("F8")
        page.keyboard.press("Escape")
        page.keyboard.press("Control+.")
        page.locator(".action-widget .monaco-list-row").first.wait_for()
        page.keyboard.press("Enter")
        page.keyboard.press("Control+s")
        check = window["ws"] / "check.py"
        wait_until(lambda: check.read_text() != SOURCE, 60, lambda: "the quick fix did not change check.py")
        assert check.read_text() == SOURCE.replace("x == None", "x is None")
        expect(editor.locator(".squiggly-warning")).to_have_count(0, timeout=60_000)

        # Palette commands: Show status writes the server's status to Output → postil; Restart starts it again.
        palette(page, "postil: Show status")
        expect(page.locator(".part.panel .view-lines")).to_contain_text("server from postil.path", timeout=60_000)
        starts = output_text(page).count(" from postil.path: ")
        palette(page, "postil: Restart server")
        wait_until(lambda: output_text(page).count(" from postil.path: ") > starts, 60, lambda: output_text(page))
        assert "Cancel notification for unknown message id" not in output_text(page)

        # The server the extension host started inherits the recording proxy and no endpoint.
        servers = [env for argv, env in group_processes(window["pgid"]) if " -m postil serve" in argv]
        assert servers, group_processes(window["pgid"])
        for env in servers:
            assert env.get("HTTPS_PROXY") == window["proxy"], env
            assert not [k for k in env if k.endswith(("_BASE_URL", "_API_KEY"))], env
        assert not any("`" in t or "failed" in t for t in toasts(page)), toasts(page)


def test_not_found_toast_opens_remote_settings_in_a_remote_window(vscode, tmp_path):
    from playwright.sync_api import expect

    # User settings of a machine-scoped setting do not apply in a remote window; Remote settings do.
    window = vscode({"postil.path": [str(tmp_path / "no-such-postil")]},
                    user={"postil.path": [str(postil_launcher(tmp_path))]})
    with browser_page(window["url"]) as page:
        toast = page.locator(".notifications-toasts .notification-list-item", has_text="no-such-postil")
        toast.wait_for(timeout=180_000)
        message = toast.locator(".notification-list-item-message").inner_text()
        assert "no-such-postil" in message and "Remote settings" in message, message
        assert "`" not in message, message
        toast.locator(".monaco-button", has_text="Open Settings").click()
        settings = page.locator(".settings-editor")
        settings.wait_for()
        switcher = settings.get_by_role("tablist", name="Settings Switcher")
        expect(switcher.get_by_role("tab", selected=True)).to_contain_text("Remote")
        # The search found the setting, showing the Remote value the extension used.
        expect(settings.get_by_role("treeitem", name=re.compile(r"^Postil Path\."))).to_contain_text("no-such-postil")
