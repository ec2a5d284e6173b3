"""What the taint engine reads beyond the checked file (followed modules, import resolution,
tsconfig/jsconfig aliases) is the workspace's own: a repository that links or climbs out of
itself, points ``extends`` at a FIFO, a device, a cycle or a 10 MB file, gets no byte outside
the workspace read and no check stuck. Every read is noted (core.reads), so the notes of one
check name every file it read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.config import load_config
from postil.core import reads
from tests.analyzers.rules.test_taint_modules import repository
from tests.analyzers.rules.test_taint_path_aliases import PARAMS, ROUTES
from tests.analyzers.rules.test_taint_ts_compiled_imports import SHELL

pytestmark = pytest.mark.slow  # a git repository and a FIFO

VIEW = '''import subprocess

from flask import request

from shared.params import get_param
from .linked import get_param as linked_param


def run():
    return subprocess.run(get_param(request, "cmd") + linked_param(request, "x"), shell=True)
'''
READS_REQUEST = "def get_param(req, name):\n    return req.args.get(name)\n"
RELATIVE_ROUTES = ROUTES.replace("'@/lib/params'", "'../linked/params'").replace("'lib/shell'", "'../../../outside/lib/shell'")


def _outside(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    for name, text in {"lib/params.ts": PARAMS, "lib/shell.ts": SHELL, "shared/__init__.py": "",
                       "shared/params.py": READS_REQUEST, "linked.py": READS_REQUEST,
                       "tsconfig.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["lib/*"]}}}',
                       "big.json": "{}"}.items():
        (outside / name).parent.mkdir(parents=True, exist_ok=True)
        (outside / name).write_text(text)
    return outside


def _hostile(root: Path, outside: Path) -> None:
    """Links out of the workspace for each way a module or a config is found, and configs
    whose ``extends`` never ends or never answers."""
    os.symlink(outside / "shared", root / "shared")  # a Python package that is a link out
    os.symlink(outside / "linked.py", root / "app" / "linked.py")  # a sibling module that is a link out
    os.symlink(outside / "lib", root / "src" / "linked")  # a relative TS import through a link out
    os.symlink(outside / "tsconfig.json", root / "src" / "routes" / "out.json")
    os.mkfifo(root / "src" / "fifo.json")
    os.symlink("/dev/zero", root / "src" / "zero.json")
    (root / "src" / "huge.json").write_text('{"extends": "./cycle.json", "x": "' + "a" * (10 << 20) + '"}')
    (root / "src" / "cycle.json").write_text('{"extends": "./cycle2", "compilerOptions": {"paths": {"@/*": ["./*"]}}}')
    (root / "src" / "cycle2.json").write_text('{"extends": "./cycle.json"}')


CONFIGS = {
    "src/tsconfig.json": '{"extends": "./routes/out.json"}',  # a link to a config outside
    "src/routes/tsconfig.json": '{"extends": "../fifo.json"}',
    "src/routes/a/tsconfig.json": '{"extends": "../../zero"}',
    "src/routes/b/tsconfig.json": '{"extends": "../../huge.json"}',
    "src/routes/c/tsconfig.json": '{"extends": "../../cycle.json"}',
    "src/routes/d/tsconfig.json": '{"extends": "../../../../outside/tsconfig.json"}',
}


@pytest.mark.parametrize("where", ["src/routes", "src/routes/a", "src/routes/b", "src/routes/c", "src/routes/d"])
def test_a_check_reads_nothing_outside_the_workspace(tmp_path, where):
    outside = _outside(tmp_path)
    files = {**CONFIGS, "app/__init__.py": "", "app/views.py": VIEW, f"{where}/logs.ts": ROUTES,
             f"{where}/relative.ts": RELATIVE_ROUTES, ".postil.toml": ""}
    root = repository(tmp_path / "ws", files)
    _hostile(root, outside)
    checker = Checker(load_config(root / ".postil.toml"))

    with reads.recording() as log:
        found = {(Path(f.path).name, f.rule) for name in ("app/views.py", f"{where}/logs.ts", f"{where}/relative.ts")
                 for f in checker.check_text(root / name, (root / name).read_text()) if "/tainted-" in f.rule}

    read = {path for kind, path, answer in log.order if kind == "bytes" and answer is not None}
    assert read and all(os.path.realpath(path).startswith(f"{root}/") for path in read), sorted(read)
    assert found == set()  # every flow into a sink ran through a module outside: none followed
