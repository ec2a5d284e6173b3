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
