"""Taint flows through the functions of the project's own modules (issue 31, item 5): a
wrapper in `helpers/` that returns request data is a source wherever it is imported, one
that passes a parameter to a sink is reported at the call, one that returns a value of its
own ends the flow; a module outside the project root is never read. Checked through the real
CLI on a real multi-file project (Python package and JavaScript `require`)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.config import load_config

HELPERS = '''import subprocess

from flask import request


def get_param(req, name):
    return req.args.get(name)


def current_query():
    return request.args.get("q", "")


def run_shell(cmd):
    subprocess.run(cmd, shell=True, check=True)


def as_number(value):
    return int(value)
'''

VIEWS = '''import os

from flask import Flask, request

from helpers import params
from helpers.params import as_number, current_query, get_param, run_shell

app = Flask(__name__)


@app.route("/file")
def read_file():
    name = get_param(request, "name")
    return open(os.path.join("/srv", name)).read()


@app.route("/grep")
def grep():
    os.system("grep -r " + current_query())
    return "ok"


@app.route("/echo")
def echo():
    run_shell("echo " + request.args["text"])
    return "ok"


@app.route("/list")
def listing():
    params.run_shell("ls " + params.get_param(request, "dir"))
    return "ok"


@app.route("/sleep")
def sleep():
    os.system("sleep %d" % as_number(request.args["n"]))
    run_shell("uptime")
    return "ok"
'''

JS_HELPERS = '''const { exec } = require('child_process');

function getParam(req, name) {
  return req.query[name];
}

function runShell(cmd) {
  exec(cmd);
}

module.exports = { getParam, runShell };
'''

JS_SERVER = '''const express = require('express');
const fs = require('fs');
const { getParam, runShell } = require('./lib/helpers');

const app = express();

app.get('/file', (req, res) => {
  const name = getParam(req, 'name');
  res.json({ body: fs.readFileSync('/srv/' + name, 'utf8') });
});

app.get('/echo', (req, res) => {
  runShell('echo ' + req.query.text);
  runShell('uptime');
  res.json({ ok: true });
});
'''

JS_MODULE = '''import express from 'express';
import helpers from './lib/helpers.js';

const app = express();

app.get('/list', (req, res) => {
  helpers.runShell('ls ' + req.query.dir);
  res.json({ ok: true });
});
'''


def repository(root: Path, files: dict[str, str]) -> Path:
    """A git repository at ``root`` holding ``files`` (path inside it -> text)."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


def project(root: Path) -> Path:
    (root / "helpers").mkdir(parents=True)
    (root / "helpers" / "__init__.py").write_text("")
    (root / "helpers" / "params.py").write_text(HELPERS)
    (root / "views.py").write_text(VIEWS)
    (root / "lib").mkdir()
    (root / "lib" / "helpers.js").write_text(JS_HELPERS)
    (root / "server.js").write_text(JS_SERVER)
    (root / "routes.mjs").write_text(JS_MODULE)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


def test_check_follows_data_through_the_projects_own_modules(postil, tmp_path):
    root = project(tmp_path / "shop")
    result = postil("check", ".", "--format", "json", cwd=root)
    assert result.code == 1, result.stderr
    findings = result.json["findings"]
    python = {(f["line"], f["rule"]) for f in findings if f["path"].endswith("views.py")}
    # (the path flow is reported from the line that reads the request through the helper, 13, to the open, 14)
    assert python == {(13, "python/security/tainted-path"), (19, "python/security/tainted-command"),
                      (25, "python/security/tainted-command"), (31, "python/security/tainted-command")}
    [echo] = [f for f in findings if f["path"].endswith("views.py") and f["line"] == 25]
    assert "reaches `run` in `run_shell`" in echo["message"]
    javascript = {(f["line"], f["rule"]) for f in findings if f["path"].endswith("server.js")}
    # (the path finding runs from the statement that reads the request, line 8, to the read at line 9)
    assert javascript == {(8, "js/security/tainted-path")}
    [read] = [f for f in findings if f["path"].endswith("server.js") and f["rule"] == "js/security/tainted-path"]
    assert read["end_line"] == 9
    # the helper's own sink is the one finding of `runShell('echo ' + req.query.text)` and of a default
    # import's `helpers.runShell('ls ' + req.query.dir)`, not their calls too (as Semgrep and CodeQL report)
    assert not [f for f in findings if f["path"].endswith("routes.mjs")]
    [shell] = [f for f in findings if f["path"].endswith("helpers.js")]
    assert (shell["line"], shell["rule"]) == (8, "js/security/tainted-command")


def check(root: Path, name: str) -> set[tuple[int, str]]:
    checker = Checker(load_config(root / name))
    path = root / name
    return {(f.span.start_line + 1, f.rule) for f in checker.check_text(path, path.read_text())
            if "/tainted-" in f.rule}


def test_a_changed_module_changes_what_its_importers_report(tmp_path):
    root = project(tmp_path / "shop")
    checker = Checker(load_config(root / "views.py"))
    views = root / "views.py"
    before = {f.sink_span.start_line + 1 for f in checker.check_text(views, VIEWS) if "/tainted-" in f.rule}
    (root / "helpers" / "params.py").write_text(HELPERS.replace("return req.args.get(name)", 'return "index.txt"'))
    after = {f.sink_span.start_line + 1 for f in checker.check_text(views, VIEWS) if "/tainted-" in f.rule}
    assert 14 in before
    assert after == before - {14, 31}  # the same checker: the module's summary follows its content


def test_a_run_over_a_tree_reads_each_module_once_and_a_later_check_sees_its_changes(tmp_path):
    """Within a check of a tree (Workspace.steady) the modules the rules follow are read once,
    not stat'ed again each time a rule of a file asks for them; the same checker afterwards
    (an editor's, a re-check after fixes) reads a changed module again."""
    root = project(tmp_path / "shop")
    checker = Checker(load_config(root / "views.py"))
    views, params = root / "views.py", root / "helpers" / "params.py"
    with checker.modules.steady():
        during = {f.sink_span.start_line + 1 for f in checker.check_text(views, VIEWS) if "/tainted-" in f.rule}
        params.write_text(HELPERS.replace("return req.args.get(name)", 'return "index.txt"'))
        again = {f.sink_span.start_line + 1 for f in checker.check_text(views, VIEWS) if "/tainted-" in f.rule}
        assert checker.modules.text(params)[0] == HELPERS
    after = {f.sink_span.start_line + 1 for f in checker.check_text(views, VIEWS) if "/tainted-" in f.rule}
    assert during == again == {14, 19, 25, 31}  # the module as the run first read it
    assert after == during - {14, 31}


def test_the_calls_of_a_module_that_holds_no_sink_are_not_asked_for_sinks(tmp_path, monkeypatch):
    """A file's imported calls are asked whether they pass data to a sink (their functions
    summarised) only for the rules a module it imports may hold a sink of (Workspace.takes, its
    text): a helper module of sources is asked for few, and the flows through it are found as
    before."""
    from postil.analyzers.rules.taint_facts import FileFacts

    root = tmp_path / "shop"
    (root / "helpers").mkdir(parents=True)
    (root / "helpers" / "__init__.py").write_text("")
    (root / "helpers" / "plain.py").write_text("def get_param(req, name):\n    return req.args.get(name)\n")
    (root / "views.py").write_text('import os\n\nfrom flask import request\n\nfrom helpers.plain import get_param\n\n\n'
                                   'def view():\n    os.system("ls " + get_param(request, "dir"))\n')
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    asked = []
    imported_calls = FileFacts.imported_calls
    monkeypatch.setattr(FileFacts, "imported_calls", lambda self, spec: (
        "def view" in self.root.text() and asked.append(spec)) or imported_calls(self, spec))  # (the view's calls)
    checker = Checker(load_config(root / "views.py"))
    views = root / "views.py"
    found = {(f.span.start_line + 1, f.rule) for f in checker.check_text(views, views.read_text())}
    assert found == {(9, "python/security/tainted-command")}
    taint = [rule.taint for rule in checker.rules if rule.taint is not None and rule.language == "python"]
    taking = {id(spec) for spec in taint if checker.modules.takes(root / "helpers" / "plain.py", spec, 2)}
    assert asked and {id(spec) for spec in asked} <= taking  # (its text names `get`: a few rules may take it)
    assert len(taking) < len(taint) / 3


def test_a_module_outside_the_root_is_never_read(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "params.py").write_text(HELPERS)
    root = tmp_path / "shop"
    (root / "inside").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / "inside" / "params.py").write_text(HELPERS)
    (root / "linked").mkdir()
    (root / "linked" / "params.py").symlink_to(outside / "params.py")
    (root / "views.py").write_text(VIEWS.replace("from helpers import params\n", "").replace(
        "from helpers.params import as_number, current_query, get_param, run_shell",
        "from inside.params import current_query\nfrom linked.params import get_param, run_shell"))
    assert check(root, "views.py") == {(19, "python/security/tainted-command")}  # current_query, inside


@pytest.mark.parametrize("depth", [2, 3])
def test_helpers_of_helpers_are_followed_to_a_bounded_depth(tmp_path, depth):
    root = tmp_path / "shop"
    root.mkdir()
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / "level0.py").write_text('from flask import request\n\n\ndef value(name):\n    return request.args.get(name)\n')
    for level in range(1, depth):
        (root / f"level{level}.py").write_text(
            f"from level{level - 1} import value as inner\n\n\ndef value(name):\n    return inner(name).strip()\n")
    (root / "views.py").write_text(f"import os\n\nfrom level{depth - 1} import value\n\n\ndef show():\n"
                                   "    os.system('cat ' + value('name'))\n")
    assert check(root, "views.py") == ({(7, "python/security/tainted-command")} if depth == 2 else set())


def test_a_change_two_modules_away_reaches_the_importer(tmp_path):
    root = tmp_path / "shop"
    root.mkdir()
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / "level0.py").write_text('from flask import request\n\n\ndef value(name):\n    return request.args.get(name)\n')
    (root / "level1.py").write_text("from level0 import value as inner\n\n\ndef value(name):\n    return inner(name).strip()\n")
    views = root / "views.py"
    views.write_text("import os\n\nfrom level1 import value\n\n\ndef show():\n    os.system('cat ' + value('name'))\n")
    checker = Checker(load_config(views))
    before = [f.rule for f in checker.check_text(views, views.read_text()) if "/tainted-" in f.rule]
    (root / "level0.py").write_text('def value(name):\n    return "index.txt"\n')
    after = [f.rule for f in checker.check_text(views, views.read_text()) if "/tainted-" in f.rule]
    assert (before, after) == (["python/security/tainted-command"], [])


def test_a_module_importing_its_own_name_leaves_its_siblings_imports_of_it_resolved(tmp_path):
    root = tmp_path / "shop"
    (root / "app").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / "app" / "params.py").write_text(HELPERS.replace("import subprocess\n", "import subprocess\n\nimport params\n", 1)
                                            + "\n\ndef as_text(value):\n    return str(params.as_number(value))\n")
    views = VIEWS.replace("from helpers import params\n", "").replace("from helpers.params import", "from params import")
    (root / "app" / "views.py").write_text(views)
    checker = Checker(load_config(root / "app" / "views.py"))
    module = root / "app" / "params.py"
    checker.check_text(module, module.read_text())  # its own `import params` resolves to no file
    found = {(f.sink_span.start_line + 1, f.rule) for f in checker.check_text(root / "app" / "views.py", views)
             if "/tainted-" in f.rule}
    assert (13, "python/security/tainted-path") in found  # get_param of the sibling params.py


@pytest.mark.parametrize("config", [None, "ci/postil.toml"], ids=["no-config-file", "config-named-elsewhere"])
def test_the_modules_of_the_whole_repository_are_followed_wherever_the_config_is(tmp_path, config):
    """Imports resolve inside the repository, not only under the config's directory or the file's:
    `postil check --config ci/postil.toml src/` (and a file checked with no config file above it)
    once found no helper outside that directory and reported nothing."""
    root = tmp_path / "shop"
    (root / "src" / "app").mkdir(parents=True)
    (root / "src" / "lib").mkdir()
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / "src" / "lib" / "params.py").write_text(HELPERS)
    (root / "src" / "app" / "views.py").write_text(
        "import os\n\nfrom flask import request\n\nfrom lib.params import get_param\n\n\n"
        "def grep():\n    os.system('grep -r ' + get_param(request, 'q'))\n")
    explicit = None
    if config is not None:
        explicit = root / config
        explicit.parent.mkdir()
        explicit.write_text("respect-gitignore = false\n")
    views = root / "src" / "app" / "views.py"
    checker = Checker(load_config(views, explicit))
    assert {(f.span.start_line + 1, f.rule) for f in checker.check_text(views, views.read_text())
            if "/tainted-" in f.rule} == {(9, "python/security/tainted-command")}


WRAPPER = '''ORDERS = {"new": "created DESC", "old": "created ASC"}


class QueryParams:
    def __init__(self, request):
        self.request = request

    def text(self, name, default=""):
        return self.request.GET.get(name, default)


def order_clause(key):
    return ORDERS.get(key, "created DESC")
'''

WRAPPED_VIEWS = '''from django.db import connection

from .services import QueryParams, order_clause


def posts(request):
    q = QueryParams(request)
    connection.cursor().execute(f"SELECT id FROM post WHERE author = '{q.text('author')}'")


def ordered(request):
    q = QueryParams(request)
    connection.cursor().execute(f"SELECT id FROM post ORDER BY {order_clause(q.text('order'))}")


def tagged(request):
    connection.cursor().execute("SELECT id FROM post WHERE tag = '%s'" % QueryParams(request).text("tag"))
'''


def test_a_method_of_an_imported_wrapper_class_is_a_source_from_any_working_directory(postil, tmp_path):
    """`q = QueryParams(request); q.text("author")` reads the request through the project's
    own class; a value looked up in a constant table through another helper stays clean; and
    `postil check` run from a subdirectory with a relative path resolves the imports from the
    file, not from the repository's root; nor from another repository the command runs in."""
    root = tmp_path / "blog"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    subprocess.run(["git", "init", "-q", str(elsewhere)], check=True)
    (root / "app" / "blog").mkdir(parents=True)
    (root / "app" / "blog" / "__init__.py").write_text("")
    (root / "app" / "blog" / "services.py").write_text(WRAPPER)
    (root / "app" / "blog" / "views.py").write_text(WRAPPED_VIEWS)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    for cwd, path in ((root, "app/blog/views.py"), (root / "app", "blog/views.py"), (root / "app" / "blog", "views.py"),
                      (elsewhere, str(root / "app" / "blog" / "views.py")), (elsewhere, str(root))):
        result = postil("check", path, "--format", "json", cwd=cwd)
        assert {(f["line"], f["rule"]) for f in result.json["findings"] if "/tainted-" in f["rule"]} == {
            (8, "python/security/tainted-sql"), (17, "python/security/tainted-sql")}, cwd


NEST_UTIL = '''const SORTABLE = ['name', 'createdAt'] as const;

export function pickSort(value?: string): string {
  return (SORTABLE as readonly string[]).includes(value ?? '') ? (value as string) : 'createdAt';
}

export function firstValue(value: string | string[] | undefined, def = ''): string {
  if (Array.isArray(value)) return value[0] ?? def;
  return value ?? def;
}

export function toInt(value: unknown, def: number): number {
  const n = Number(value);
  return Number.isInteger(n) ? n : def;
}
'''

NEST_SERVICE = '''import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class UsersService {
  constructor(private readonly ds: DataSource) {}

  byName(name: string) {
    return this.ds.query(`SELECT id FROM users WHERE name = '${name}'`);
  }
}
'''

NEST_CONTROLLER = '''import { Controller, Get, Header, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UsersService } from './users.service';
import { firstValue, pickSort, toInt } from '../common/query.util';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService, private readonly ds: DataSource) {}

  @Get('search')
  search(@Query('name') name: string) {
    return this.users.byName(name);
  }

  @Get('list')
  list(@Query('sort') sort?: string, @Query('limit') limit?: string) {
    return this.ds.query(`SELECT id FROM users ORDER BY "${pickSort(sort)}" LIMIT ${toInt(limit, 20)}`);
  }

  @Get('card')
  @Header('Content-Type', 'text/html')
  card(@Query('name') name: string | string[]) {
    const display = firstValue(name, 'guest');
    return `<div class="card"><h2>${display}</h2></div>`;
  }

  @Get('card.json')
  cardJson(@Query('name') name: string) {
    return { name: firstValue(name, 'guest') };
  }
}
'''


def test_a_nest_controller_through_its_helpers_and_its_service(tmp_path):
    """Helpers in another module return what they are given only where they say so (an
    allow-listed sort, a number or its constant fallback are clean; `firstValue` passes its
    input); a handler declared to answer HTML that returns markup it built is reported; the
    controller checked alone (the editor's open file) warns at its call into the injected service,
    whose sink this check does not report (a check of the tree reports it once, in the service:
    test_taint_callers)."""
    root = tmp_path / "api"
    (root / "src" / "users").mkdir(parents=True)
    (root / "src" / "common").mkdir()
    (root / "src" / "common" / "query.util.ts").write_text(NEST_UTIL)
    (root / "src" / "users" / "users.service.ts").write_text(NEST_SERVICE)
    (root / "src" / "users" / "users.controller.ts").write_text(NEST_CONTROLLER)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    assert check(root, "src/users/users.controller.ts") == {(12, "js/security/tainted-sql"), (24, "js/security/tainted-xss")}


JS_PROMISE_SHELL = '''const { exec } = require('child_process');

function sh(line, options = {}) {
  return new Promise((resolve, reject) => {
    exec(line, { timeout: 60000, ...options }, (err, out) => (err ? reject(err) : resolve(out)));
  });
}

module.exports = { sh };
'''

JS_MEDIA_ROUTES = '''const { sh } = require('./shell');

router.post('/resize', async (req, res) => {
  await sh(`convert ${req.body.file} -resize 400x300 out.png`);
  await sh('convert in.png -resize 400x300 out.png');
});
'''


def test_a_helper_whose_sink_runs_inside_a_promise_it_returns_is_a_sink_for_its_callers(tmp_path):
    """`function sh(line) { return new Promise((ok, fail) => exec(line, ...)) }` in another module:
    the closure reads the helper's parameter, so a call passing request data reaches its `exec`,
    reported there; the routes checked alone (the editor, a staged review) warn at that call."""
    root = repository(tmp_path / "store", {"shell.js": JS_PROMISE_SHELL, "media.js": JS_MEDIA_ROUTES})
    assert check(root, "shell.js") == {(5, "js/security/tainted-command")}
    assert check(root, "media.js") == {(4, "js/security/tainted-command")}


def test_a_file_named_relative_to_another_directory_waits_for_the_scans_answers(tmp_path, monkeypatch):
    """`postil check shop/app` run from outside the repository: a file whose relative imports
    reach the project's modules waits for the bulk scan's source probes (Checker.gate_waits),
    its imports resolved from the file, not from the root; read from the root instead, they
    named no module, the file was finished while ast-grep ran and its gate parsed every
    module it imports (+20% CPU on SQLAlchemy's lib/ checked from its parent directory)."""
    from postil.analyzers.checker import CheckerCache

    views = "import os\n\nfrom .helpers import run_shell\n\n\ndef view(name):\n    run_shell('ls ' + name)\n"
    root = repository(tmp_path / "shop", {"app/__init__.py": "", "app/helpers.py": HELPERS, "app/views.py": views})
    monkeypatch.chdir(tmp_path)
    relative = Path("shop/app/views.py")
    checker = CheckerCache().for_path(relative)
    assert checker.modules.root == root.resolve()
    assert checker.gate_waits(relative, views)
    assert checker.gate_waits(relative.absolute(), views)


def test_a_static_method_of_an_imported_class_is_a_sink_for_its_parameter(tmp_path):
    """`Tools.run(cmd)`, a static method of a class in the project's own module that runs its
    parameter: reported at the call that passes request data, not at the one with a constant."""
    root = tmp_path / "ops"
    (root / "helpers").mkdir(parents=True)
    (root / "helpers" / "__init__.py").write_text("")
    (root / "helpers" / "tools.py").write_text(
        "import os\n\n\nclass Tools:\n    @staticmethod\n    def run(cmd):\n        os.system(cmd)\n")
    (root / "views.py").write_text(
        "from flask import Flask, request\n\nfrom helpers.tools import Tools\n\napp = Flask(__name__)\n\n\n"
        '@app.route("/echo")\ndef echo():\n    Tools.run("echo " + request.args["x"])\n\n\n'
        '@app.route("/uptime")\ndef uptime():\n    Tools.run("uptime")\n')
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    assert check(root, "views.py") == {(10, "python/security/tainted-command")}


JS_DEFAULT_EXPORTS = {
    "lib/raw.mjs": '''import pg from 'pg';

const pool = new pg.Pool();

export default function rawQuery(text) {
  return pool.query(text);
}
''',
    "lib/shell.js": '''const { exec } = require('child_process');

module.exports = (line) => exec(line);
''',
    "lib/param.ts": '''function param(req: any, name: string): string {
  return req.query[name] ?? '';
}

export default param;
''',
    "routes.mjs": '''import rawQuery from './lib/raw.mjs';
import param from './lib/param';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const run = require('./lib/shell.js');

router.get('/people', async (req, res) => {
  res.json(await rawQuery(`SELECT ${param(req, 'col')} FROM people`));
  res.json(await rawQuery('SELECT name FROM people'));
  run('ls ' + param(req, 'dir'));
  run('uptime');
});
''',
}


def test_a_modules_default_export_is_followed_like_its_named_functions(tmp_path):
    """`export default function rawQuery(text)`, `export default param` and `module.exports = (line) =>
    exec(line)` are what a default import or a require of the module calls: the first and the last pass
    their parameter to a sink, the second returns request data."""
    root = repository(tmp_path / "app", JS_DEFAULT_EXPORTS)
    assert check(root, "routes.mjs") == {(9, "js/security/tainted-sql"), (11, "js/security/tainted-command")}


def test_a_clean_call_of_an_imported_sink_function_is_judged_for_the_pattern_rules(tmp_path):
    """The call of an imported function that passes its parameter to a sink, given data that
    was followed and is clean (a number here), is no SQL built from input: the taint rule
    judged it, so the pattern rule it supersedes says nothing there; where the data is the
    request's, the taint rule reports it at the sink in the module (as for a named export) and,
    the routes checked alone, at the call (for the pattern rule too)."""
    root = repository(tmp_path / "app", {"lib/raw.mjs": JS_DEFAULT_EXPORTS["lib/raw.mjs"], "routes.mjs": '''import rawQuery from './lib/raw.mjs';

router.get('/people', async (req, res) => {
  const page = Number(req.query.page);
  res.json(await rawQuery(`SELECT name FROM people LIMIT 20 OFFSET ${page * 20}`));
  res.json(await rawQuery(`SELECT name FROM people WHERE team = '${req.query.team}'`));
});
'''})
    path = root / "routes.mjs"
    found = Checker(load_config(path)).check_text(path, path.read_text())
    assert {(f.span.start_line + 1, f.rule) for f in found if "sql" in f.rule} == {(6, "js/security/tainted-sql")}
    module = root / "lib/raw.mjs"
    found = Checker(load_config(module)).check_text(module, module.read_text())
    assert {(f.span.start_line + 1, f.rule) for f in found if "sql" in f.rule} == {(6, "js/security/tainted-sql")}


JS_TWO_CLASSES = '''class Passthrough {
  transform(value) {
    return value;
  }
}

class Fixed {
  transform(value) {
    return 'fixed';
  }
}

module.exports = { Passthrough, Fixed };
'''

JS_TWO_CLASSES_ROUTES = '''const fs = require('fs');
const { Passthrough, Fixed } = require('./transforms');

router.get('/a', (req, res) => {
  const fixed = new Fixed();
  fs.readFile('/srv/data/' + fixed.transform(req.query.name), (err, data) => res.end());
});

router.get('/b', (req, res) => {
  const through = new Passthrough();
  fs.readFile('/srv/data/' + through.transform(req.query.name), (err, data) => res.end());
});
'''


def test_a_method_of_an_imported_class_is_that_classs_not_another_of_the_same_name(tmp_path):
    """Two classes of one module with a method of the same name: `new Fixed().transform(x)` returns
    its constant, `new Passthrough().transform(x)` its argument."""
    root = repository(tmp_path / "app", {"transforms.js": JS_TWO_CLASSES, "routes.js": JS_TWO_CLASSES_ROUTES})
    assert check(root, "routes.js") == {(11, "js/security/tainted-path")}


def test_a_name_bound_to_an_instance_in_one_handler_and_to_anything_else_in_another_is_no_instance(tmp_path):
    """`thing = new Fixed()` in one handler does not make the `thing` another handler gets from a
    factory a Fixed: its method is not known, and its argument's data flows on."""
    root = tmp_path / "app"
    root.mkdir()
    (root / "transforms.js").write_text(JS_TWO_CLASSES.replace(
        "module.exports = { Passthrough, Fixed };", "const make = () => new Passthrough();\n\nmodule.exports = { Passthrough, Fixed, make };"))
    (root / "routes.js").write_text('''const fs = require('fs');
const { Fixed, make } = require('./transforms');

router.get('/a', (req, res) => {
  const thing = make();
  fs.readFile('/srv/data/' + thing.transform(req.query.name), (err, data) => res.end());
});

router.get('/b', (req, res) => {
  const thing = new Fixed();
  res.json({ name: thing.transform(req.query.name) });
});
''')
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    assert check(root, "routes.js") == {(6, "js/security/tainted-path")}


DIGESTS = '''import hashlib


def digest(secret):
    return hashlib.md5(secret.encode()).hexdigest()
'''

ACCOUNTS = '''import hashlib

from helpers.digests import digest


def register(user, password):
    user.password = hashlib.md5(password.encode()).hexdigest()


def reset(user, password):
    user.password = digest(password)
'''

RESETS = '''from helpers.digests import digest


def reset(user, password):
    user.password = digest(password)
'''


def test_a_rule_with_imports_false_is_run_only_on_files_that_make_its_data(tmp_path):
    """`taint.imports: false` (the MD5 password rule's): what the project's modules give is
    not asked for the rule, so a file is analysed only where it makes the data itself (there a
    helper's digest is followed as well); a file that only calls the helper is not."""
    root = tmp_path / "accounts"
    (root / "helpers").mkdir(parents=True)
    (root / "helpers" / "__init__.py").write_text("")
    (root / "helpers" / "digests.py").write_text(DIGESTS)
    for name, text in (("accounts.py", ACCOUNTS), ("resets.py", RESETS)):
        (root / name).write_text(text)
    checker = Checker(load_config(root / "accounts.py"))
    rule = "python/security/md5-password-hash"
    both = {f.span.start_line + 1 for f in checker.check_text(root / "accounts.py", ACCOUNTS) if f.rule == rule}
    alone = [f for f in checker.check_text(root / "resets.py", RESETS) if f.rule == rule]
    assert both == {7, 11} and alone == []
    assert not [r for r in checker.ruleset.taint_rules("python") if r.id == rule][0].taint.imports


def test_taint_imports_must_be_true_or_false():
    from postil.analyzers.rules.taint_spec import parse_taint

    problem = parse_taint({"sources": [{"pattern": "a"}], "sinks": [{"pattern": "b"}], "imports": "no"},
                          lambda tree, where: None)
    assert problem == "`taint.imports` must be true or false"


COMPAT = '''import hashlib


def md5(data=b""):
    return hashlib.md5(data)
'''

CACHE_KEYS = '''from . import compat


def cache_key(text):
    return compat.md5(text.encode()).hexdigest()
'''


def test_a_bulk_scan_links_no_file_to_modules_that_give_only_data_of_rules_not_following_imports(tmp_path, monkeypatch):
    """A library's compat module wrapping `hashlib.md5` (SQLAlchemy's util/compat.py, which
    nearly every module imports) holds a source of the MD5 password rule only, which does not
    follow imports (`taint.imports: false`): its importers are not linked to their modules for
    it (on SQLAlchemy's lib/, 199 files were, ~12% of the Python side's instructions), while a
    view importing a helper that reads the request is, and its flows are found as before."""
    from postil import scan
    from postil.analyzers.checker import CheckerCache
    from postil.analyzers.rules.taint_modules import Workspace

    files = {"helpers/__init__.py": "", "helpers/params.py": HELPERS, "views.py": VIEWS,
             "lib/__init__.py": "", "lib/compat.py": COMPAT}
    root = repository(tmp_path / "shop", {**files, **{f"lib/keys{i}.py": CACHE_KEYS for i in range(3)}})
    linked = []
    link = Workspace.link
    monkeypatch.setattr(Workspace, "link", lambda self, path, text, language, depth=None: (
        depth is None and linked.append(path.name)) or link(self, path, text, language, depth))
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=True)
    views = {f.sink_span.start_line + 1 for r in result.reports if r.path.name == "views.py"
             for f in r.findings if "/tainted-" in f.rule}
    assert views == {14, 19, 25, 31}
    assert "views.py" in linked and not [name for name in linked if name.startswith("keys")]
