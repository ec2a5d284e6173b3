"""One finding per problem: where two built-in rules could describe the same problem, exactly
one reports it, on the line the problem is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.config import LoadedConfig, PostilConfig

CASES = [
    # the Script built from request data is the problem (the flow rule names its source);
    # running it is not a second one
    ("sandbox.js",
     "const vm = require('vm');\n"
     "app.post('/compile', (req, res) => {\n"
     "  const script = new vm.Script(req.body.expr);\n"
     "  res.json({ value: script.runInNewContext({}) });\n"
     "});\n",
     [("js/security/tainted-code", 3)]),
    ("sandbox2.js",
     "const { Script } = require('node:vm');\n"
     "function compile(expr) {\n"
     "  const script = new Script(expr);\n"
     "  return script.runInNewContext({});\n"
     "}\n",
     [("js/security/eval-dynamic-code", 3)]),
    # XXE switched on: reported where it is switched on, not also at make_parser()
    ("feed.py",
     "import xml.sax\n"
     "from xml.sax.handler import feature_external_ges\n"
     "def parse(path):\n"
     "    reader = xml.sax.make_parser()\n"
     "    reader.setFeature(feature_external_ges, True)\n"
     "    reader.parse(path)\n",
     [("python/security/xml-external-entities-enabled", 5)]),
    # a mutable default the function changes: reported on the `def` line, where the shared default is written
    ("pricing.py",
     "def register(name, registry={}):\n"
     "    registry.setdefault(name, len(registry))\n"
     "    return registry[name]\n",
     [("python/correctness/mutable-default-argument", 1)]),
    # a collection changed while a loop walks it: reported on the loop, from its `for` line
    ("prune.py",
     "def prune(sessions):\n"
     "    for key, session in sessions.items():\n"
     "        if session.expired:\n"
     "            log(key)\n"
     "            del sessions[key]\n",
     [("python/correctness/mutation-while-iterating", 2)]),
    # output declared safe: reported on what declares it (the decorated filter, the __html__ method)
    ("filters.py",
     "from django import template\n"
     "register = template.Library()\n"
     "@register.filter(is_safe=True)\n"
     "def bold(value):\n"
     "    return '<b>%s</b>' % value\n"
     "class Badge:\n"
     "    def __html__(self):\n"
     "        return f'<span>{self.label}</span>'\n",
     [("python/security/django-output-declared-safe", 3), ("python/security/django-output-declared-safe", 7)]),
    # options inside a call or a dict written over several lines: reported from the first line of
    # the call (or of the backend's dict), where Semgrep points, down to the option
    ("dag.py",
     "from airflow.operators.bash import BashOperator\n"
     "def make(dag, target):\n"
     "    return BashOperator(\n"
     "        task_id='copy',\n"
     "        bash_command='cp /data/in %s' % target,\n"
     "    )\n",
     [("python/security/airflow-bash-command-formatted", 3)]),
    ("settings.py",
     "TEMPLATES = [\n"
     "    {\n"
     "        'BACKEND': 'django.template.backends.django.DjangoTemplates',\n"
     "        'OPTIONS': {'autoescape': False},\n"
     "    },\n"
     "]\n",
     [("python/security/django-templates-autoescape-off", 2)]),
    # a SQL text wrapped by text() and run later is one flow: reported at the run, from where it is built
    ("books.py",
     "from flask import Flask, request\n"
     "from sqlalchemy import text\n"
     "app = Flask(__name__)\n"
     "@app.get('/books')\n"
     "def books():\n"
     "    stmt = text(f\"SELECT id FROM books WHERE author = '{request.args['author']}'\")\n"
     "    with engine.connect() as conn:\n"
     "        return [dict(r._mapping) for r in conn.execute(stmt)]\n",
     [("python/security/tainted-sql", 6)]),
    ("db.py",
     "def connect(\n"
     "    host,\n"
     "    password='letmein',\n"
     "):\n"
     "    return host, password\n",
     [("python/security/hardcoded-password-default", 1)]),
    # an ECB mode kept in a module constant: reported where a cipher is made with it, not also on the
    # constant when another cipher of the module comes first (ast-grep bound the first one's mode)
    ("ciphers.py",
     "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n"
     "def cipher(key, mode):\n"
     "    return Cipher(algorithms.AES(key), mode)\n"
     "LEGACY_MODE = modes.ECB()\n"
     "def legacy_cipher(key):\n"
     "    return Cipher(algorithms.AES(key), LEGACY_MODE)\n",
     [("python/security/ecb-mode", 6)]),
    # a TwiML document built from a value and sent from here: reported where it is sent, not also
    # where it is built when the function sends another document first
    ("calls.py",
     "def remind(client, to, code):\n"
     "    client.calls.create(to=to, from_=CALLER, twiml=HOLD_MUSIC)\n"
     "    reminder = \"<Response><Say>Your code is %s</Say></Response>\" % code\n"
     "    client.calls.create(to=to, from_=CALLER, twiml=reminder)\n",
     [("python/security/twiml-injection", 4)]),
    ("calls2.py",
     "def remind(client, to, code, extra):\n"
     "    client.messages.create(to=to, **extra)\n"
     "    options = {\"to\": to, \"twiml\": \"<Response><Say>Your code is %s</Say></Response>\" % code}\n"
     "    client.calls.create(**options)\n",
     [("python/security/twiml-injection", 4)]),
    # autoescape turned off in an options dict spread into the Context (Engine): reported where the
    # dict turns it off, not again at the call the dict is spread into
    ("mail_render.py",
     "from django.template import Context, Engine, Template\n"
     "def render_digest(items):\n"
     "    options = {\"autoescape\": False, \"use_l10n\": True}\n"
     "    return Template(\"<ul></ul>\").render(Context({\"items\": items}, **options))\n"
     "def banner_engine(dirs):\n"
     "    opts = {\"dirs\": dirs, \"debug\": False}\n"
     "    opts[\"autoescape\"] = False\n"
     "    return Engine(**opts)\n",
     [("python/security/django-context-autoescape-off", 3), ("python/security/django-context-autoescape-off", 7)]),
    # a file opened again under the same name before it was closed: the finding runs from the first
    # open (where Semgrep's registry starts) to the second (the line to change); a first open far up
    # leaves it on the second
    ("log_merge.py",
     "def merge_two(first, second):\n"
     "    src = open(first, encoding=\"utf-8\")\n"
     "    lines = src.readlines()\n"
     "    src = open(second, encoding=\"utf-8\")\n"
     "    lines += src.readlines()\n"
     "    src.close()\n"
     "    return lines\n"
     "def tail(a, b):\n"
     "    log = open(a, \"rb\")\n"
     + "    log.seek(0)\n" * 12 +
     "    log = open(b, \"rb\")\n"
     "    log.close()\n",
     [("python/correctness/file-reopened-before-close", 2), ("python/correctness/file-reopened-before-close", 22)]),
    # markup built by concatenation and held in a name: reported where it is built, not again where
    # the name is joined into the page; a Lambda function's own name (context.functionName) is no
    # outside value
    ("page.js",
     "function page(context, user) {\n"
     "  const footer = '<footer>Served by ' + context.functionName + '</footer>';\n"
     "  const greeting = '<h1>Hello, ' + user.name + '</h1>';\n"
     "  return greeting + '<p>Nothing here.</p>' + footer;\n"
     "}\n",
     [("js/security/html-string-concatenation", 3)]),
    # an MD5 digest of a password held in a name and handed to a function named for passwords: one
    # flow, one finding, its range run from where the digest is made to the storing call (corpora
    # point at either line; test_js_stored_digest_range checks the range)
    ("accounts.js",
     "const crypto = require('crypto');\n"
     "async function register(email, password) {\n"
     "  const digest = crypto.createHash('md5').update(password).digest('hex');\n"
     "  await db.users.savePassword(email, digest);\n"
     "}\n",
     [("js/security/weak-hash-for-password", 3)]),
    # code built by joining a value into function text, held in a name and run by the same function:
    # one flow, reported at the run with its range from the line building the code (where the
    # registry's code-string-concat points), not again by the string-building rule
    ("rules.js",
     "function compileRule(rule) {\n"
     "  const src = 'return function (row) { return ' + rule.expression + '; }';\n"
     "  return new Function(src)();\n"
     "}\n"
     "function buildPredicate(field, op, value) {\n"
     "  const body = `(row) => row[${JSON.stringify(field)}] ${op} ${value}`;\n"
     "  return eval(body);\n"
     "}\n",
     [("js/security/eval-dynamic-code", 2), ("js/security/eval-dynamic-code", 6)]),
    # a weak cipher in CBC mode: reported as the weak cipher (its fix, AES-GCM, is an authenticated
    # mode too), not again as a mode without a MAC
    ("archive.py",
     "from Crypto.Cipher import DES3\n"
     "def read_archive(key, blob):\n"
     "    cipher = DES3.new(key, DES3.MODE_CBC, blob[:8])\n"
     "    return cipher.decrypt(blob[8:])\n",
     [("python/security/weak-cipher", 3)]),
    # a Bokeh name removed in 3.x and imported by name: the import fails, so it is reported there,
    # not again at each call of the name (which never runs)
    ("dashboard.py",
     "import networkx as nx\n"
     "from bokeh.layouts import column, widgetbox\n"
     "from bokeh.models.graphs import from_networkx\n"
     "def graph_plot(plot, graph):\n"
     "    plot.renderers.append(from_networkx(graph, nx.spring_layout))\n"
     "    return column(widgetbox(plot))\n",
     [("python/correctness/bokeh-removed-api", 2), ("python/correctness/bokeh-removed-api", 3)]),
    # a cached view that reads the query string, or takes writes: reported on the @cache.cached line,
    # where the fix goes (query_string=True, or no cache), not on the route decorator above it
    ("views.py",
     "from flask import Flask, request\n"
     "from flask_caching import Cache\n"
     "app = Flask(__name__)\n"
     "cache = Cache(app)\n"
     "@app.route('/search')\n"
     "@cache.cached(timeout=60)\n"
     "def search():\n"
     "    return request.args.get('q', '')\n"
     "@app.route('/cart', methods=['POST'])\n"
     "@cache.cached(timeout=60)\n"
     "def add():\n"
     "    return 'ok'\n",
     [("python/correctness/flask-cache-ignores-query-string", 6), ("python/correctness/flask-cache-on-write-view", 10)]),
    # an HTML fragment built from a Lambda event, then put into the page's template: one cross-site
    # scripting, reported where the fragment takes the value, not again where the page is filled in
    ("greet.py",
     "SHELL = '<!doctype html><main>{content}</main><footer>{year}</footer>'\n"
     "def handler(event, context):\n"
     "    who = event['pathParameters']['who']\n"
     "    card = '<h2>Welcome back, ' + who + '</h2>'\n"
     "    page = SHELL.format(content=card, year=2026)\n"
     "    return {'statusCode': 200, 'headers': {'Content-Type': 'text/html'}, 'body': page}\n",
     [("python/security/tainted-xss", 4)]),
]


@pytest.fixture(scope="module")
def checker(tmp_path_factory) -> Checker:
    root = tmp_path_factory.mktemp("ws")
    (root / ".git").mkdir()
    return Checker(LoadedConfig(PostilConfig(), root / "pyproject.toml", root))


@pytest.mark.parametrize(("name", "code", "expected"), CASES, ids=[c[0] for c in CASES])
def test_one_finding_on_the_problem_line(checker, name, code, expected):
    path = Path(checker.loaded.root) / name
    path.write_text(code)
    found = [(f.rule, f.span.start_line + 1) for f in checker.check_text(path, code)]
    assert found == expected
