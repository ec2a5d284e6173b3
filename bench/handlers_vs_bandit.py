"""postil check vs bandit on a generated Flask tree of many small handlers (issue 31, item 9).

The tree is written fresh (default 1,250 files, one handler each, in the shape of the
independent benchmark's: a request read, a default or a branch, sometimes a container or a
helper of the project's own `helpers/` module, then a sink of one of a dozen classes or a
safe twin), so the figure is about the taint engine's cost per handler, which grows with
their number (on library code the check is ~0.1× bandit). Prints the CPU seconds each used
(user + system, children included: the figure a loaded machine moves least), the ratio
postil/bandit (target ≤ 1.0) and the wall medians, postil checking every file (``--no-cache``);
beside them, the check answered from its results cache (warm, and with one file edited).

Usage: python bench/handlers_vs_bandit.py [--handlers N] [--repeat N] [--keep DIR]
(postil runs as `python -P -m postil`: set PYTHONPATH to measure a checkout)
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import add_json_option, machine, record, write_json
from rules_vs_bandit import against_bandit, cache_figures, say_cache_figures

READS = ['request.args.get("{k}")', 'request.form.get("{k}", "")', 'request.cookies.get("{k}")',
         'request.headers.get("X-{k}")', 'request.args["{k}"]', 'get_param(request, "{k}")']
SHAPES = [
    "    bar = param\n",
    '    bar = param\n    if not bar:\n        bar = ""\n',
    '    num = 106\n    bar = "safe" if 7 * 18 + num > 200 else param\n',
    '    if request.args.get("mode") == "custom":\n        bar = param\n    else:\n        bar = "default"\n',
    '    m = {{}}\n    m["keyA"] = "a_Value"\n    m["keyB"] = param\n    bar = m["{which}"]\n',
    '    values = []\n    values.append("safe")\n    values.append(param)\n    values.pop(0)\n    bar = values[0]\n',
    '    parts = param.split(",")\n    bar = ",".join(p.strip() for p in parts)\n',
    '    try:\n        bar = str(int(param))\n    except ValueError:\n        bar = param\n',
]
# (unsafe sink, safe twin, what they import)
SINKS = [
    ('subprocess.run(f"echo {{bar}}", shell=True)', 'subprocess.run(["echo", bar])', "import subprocess"),
    ('os.system("ls " + bar)', 'os.system("ls " + shlex.quote(bar))', "import os\nimport shlex"),
    ('open(os.path.join("/srv/data", bar)).read()', 'open(os.path.join("/srv/data", secure_filename(bar))).read()',
     "import os\n\nfrom werkzeug.utils import secure_filename"),
    ('db().execute("SELECT * FROM users WHERE name = \'" + bar + "\'")',
     'db().execute("SELECT * FROM users WHERE name = ?", (bar,))', "from app.db import db"),
    ("eval(bar)", "ast.literal_eval(bar)", "import ast"),
    ("redirect(bar)", 'redirect(url_for("index"))', "from flask import redirect, url_for"),
    ("render_template_string(bar)", 'render_template_string("<p>{{{{ v }}}}</p>", v=bar)',
     "from flask import render_template_string"),
    ("requests.get(bar, timeout=5)", 'requests.get("https://api.example.com/items", params={{"q": bar}}, timeout=5)',
     "import requests"),
    ("pickle.loads(base64.b64decode(bar))", "json.loads(bar)", "import base64\nimport json\nimport pickle"),
    ('etree.parse("/srv/users.xml").xpath("//user[@name=\'" + bar + "\']")',
     'etree.parse("/srv/users.xml").xpath("//user[@name=$name]", name=bar)', "from lxml import etree"),
    ('current_app.logger.info("user: " + bar)', 'current_app.logger.info("user: %s", bar.replace("\\n", ""))',
     "from flask import current_app"),
    ('make_response("<p>" + bar + "</p>")', 'make_response("<p>" + escape(bar) + "</p>")',
     "from flask import make_response\nfrom markupsafe import escape"),
]
HEADER = '''{imports}
from flask import Blueprint, request

from helpers.params import get_param

bp = Blueprint("{name}", __name__)

'''
HELPERS = '''def get_param(req, name):
    return req.args.get(name)
'''
DB = '''import sqlite3


def db():
    return sqlite3.connect("/srv/app.db")
'''


def view(index: int, rng: random.Random) -> tuple[str, str]:
    """(what it imports, the view function) of one generated handler."""
    key = f"k{index % 17}"
    read = rng.choice(READS).format(k=key)
    shape = rng.choice(SHAPES).format(which=rng.choice(["keyA", "keyB"]))
    unsafe, safe, imports = rng.choice(SINKS)
    sink = (unsafe if rng.random() < 0.55 else safe).format()
    body = f"    param = {read}\n{shape}    result = {sink}\n    return str(result)\n"
    return imports, f'@bp.route("/case{index:05d}", methods=["GET", "POST"])\ndef case{index:05d}():\n{body}'


def handler(index: int, rng: random.Random) -> str:
    imports, function = view(index, rng)
    return HEADER.format(imports=imports, name=f"h{index}") + "\n" + function


def one_module(lines: int = 1000, seed: int = 31) -> str:
    """Generated handlers in one module of at least ``lines`` lines (issue 31: in the editor, a
    check of 1,000 handler lines takes at most 100 ms)."""
    rng = random.Random(seed)
    imports: set[str] = set()
    functions: list[str] = []
    text = ""
    while text.count("\n") < lines:
        needs, function = view(len(functions), rng)
        imports.update(needs.split("\n"))
        functions.append(function)
        text = HEADER.format(imports="\n".join(sorted(imports - {""})), name="views") + "\n" + "\n\n".join(functions)
    return text


def generate(root: Path, handlers: int, seed: int = 31) -> None:
    rng = random.Random(seed)
    (root / "helpers").mkdir(parents=True, exist_ok=True)
    (root / "helpers" / "__init__.py").write_text("")
    (root / "helpers" / "params.py").write_text(HELPERS)
    (root / "app").mkdir(exist_ok=True)
    (root / "app" / "__init__.py").write_text("")
    (root / "app" / "db.py").write_text(DB)
    (root / "views").mkdir(exist_ok=True)
    for index in range(handlers):
        (root / "views" / f"case{index:05d}.py").write_text(handler(index, rng))
    subprocess.run(["git", "init", "-q", str(root)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--handlers", type=int, default=1250)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the tree here and keep it")
    add_json_option(parser)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="postil-handlers-") as scratch:
        root = args.keep or Path(scratch) / "flask-handlers"
        generate(root, args.handlers)
        postil_cmd = [sys.executable, "-P", "-m", "postil", "check", str(root), "--format", "json", "--exit-zero"]
        report, (postil_time, postil_cpu, postil_runs), (bandit_time, bandit_cpu, bandit_runs) = \
            against_bandit(postil_cmd, root, args.repeat)
        cached = cache_figures(postil_cmd, root / "views" / "case00000.py", args.repeat)
    print(f"machine: {machine()}")
    print(f"tree: {args.handlers} generated Flask handlers, one file each (+ helpers/)")
    print(f"postil check: median {postil_time:.2f}s wall, {postil_cpu:.2f}s CPU over {args.repeat} runs "
          f"{[round(r, 2) for r in postil_runs]}; {report['summary']['findings']} findings")
    print(f"bandit -r:    median {bandit_time:.2f}s wall, {bandit_cpu:.2f}s CPU over {args.repeat} runs "
          f"{[round(r, 2) for r in bandit_runs]}")
    print(f"CPU ratio postil/bandit: {postil_cpu / bandit_cpu:.3f} (target <= 1.0); "
          f"wall ratio {postil_time / bandit_time:.3f}")
    say_cache_figures(cached, args.repeat)
    record(cache={name: {"wall_s": wall, "cpu_s": cpu} for name, (wall, cpu) in cached.items()},
           handlers=args.handlers, findings=report["summary"]["findings"], postil_s=postil_time,
           postil_cpu_s=postil_cpu, bandit_s=bandit_time, bandit_cpu_s=bandit_cpu, cpu_ratio=postil_cpu / bandit_cpu,
           postil_runs=postil_runs, bandit_runs=bandit_runs)
    write_json(args.json)


if __name__ == "__main__":
    main()
