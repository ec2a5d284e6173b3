"""Words -> code with the default offline index: the function the words describe ranks first,
not a definition whose name is one common word of the query (issue 34, item 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Shaped like requests and flask: methods named `get` in several modules, a one-letter helper
# `a`, a `register` beside `register_blueprint`, the functions the queries describe (none with a
# docstring: the words must meet the code) and a shop's worth of unrelated modules around them.
GETTERS = {
    "headers": "return self._store.get(key.lower(), default)",
    "cookies": "return next((c.value for c in self.jar if c.name == key), default)",
    "params": "return self._dict.get(key, default)",
    "cache": "entry = self._entries.get(key)\n        return default if entry is None or entry.expired() else entry.value",
}
SHOP = ("invoice", "ledger", "shipment", "parcel", "warehouse", "customer", "discount", "coupon", "refund", "receipt")
PROJECT = {
    **{f"netlib/{name}.py": f"""\
class {name.title()}:
    def __init__(self, items=()):
        self._items = list(items)
        self._store = {{k.lower(): v for k, v in self._items}}
        self._dict = dict(self._items)
        self._entries = {{}}
        self.jar = []

    def get(self, key, default=None):
        {body}

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)
""" for name, body in GETTERS.items()},
    "netlib/utils.py": '''\
import os
from netrc import netrc


def get_environ_proxies(url, no_proxy=None):
    if should_bypass_proxies(url, no_proxy=no_proxy):
        return {}
    return {key[:-6].lower(): value for key, value in os.environ.items() if key.lower().endswith("_proxy")}


def should_bypass_proxies(url, no_proxy):
    hosts = (no_proxy or os.environ.get("no_proxy", "")).split(",")
    return any(url.endswith(host.strip()) for host in hosts if host.strip())


def get_netrc_auth(url):
    location = os.path.expanduser("~/.netrc")
    found = netrc(location).authenticators(url)
    return (found[0], found[2]) if found else None
''',
    "web/app.py": '''\
def a(value):
    return value


class App:
    def __init__(self):
        self.blueprints = {}
        self.url_map = []

    def register_blueprint(self, blueprint, **options):
        self.blueprints[blueprint.name] = blueprint
        blueprint.register(self, options)

    def add_url_rule(self, rule, endpoint=None, view_func=None):
        self.url_map.append((rule, endpoint or view_func.__name__, view_func))
''',
    **{f"netlib/retry{n}.py": f"def retry_{n}(call):\n    return call() or call()\n" for n in range(1, 8)},
    "web/blueprints.py": '''\
class Blueprint:
    def __init__(self, name):
        self.name = name
        self.deferred = []

    def register(self, app, options):
        for callback in self.deferred:
            callback(app, options)

    def record(self, func):
        self.deferred.append(func)
''',
    **{f"shop/{noun}.py": f"""\
def compute_{noun}_total(items, rate=0.0):
    subtotal = sum(item.amount * item.quantity for item in items)
    adjusted = subtotal * (1 + rate)
    return round(adjusted, 2)


def validate_{noun}(record):
    missing = [field for field in ("id", "amount", "owner") if field not in record]
    if missing:
        raise ValueError(f"{noun} record lacks {{', '.join(missing)}}")
    return record


def format_{noun}(record, width=40):
    title = f"{noun} #{{record['id']}}".ljust(width)
    return f"{{title}}{{record['amount']:>10.2f}}"
""" for noun in SHOP},
}


@pytest.fixture
def project(tmp_path: Path, write_files) -> Path:
    root = tmp_path / "project"
    write_files(root, PROJECT)
    (root / ".git").mkdir()
    return root


def defines(hit, name: str) -> bool:
    """Does this result hold the ``def``/``class`` line of ``name``?"""
    return any(line.lstrip().startswith((f"def {name}(", f"class {name}")) for line in hit.text.splitlines())


@pytest.mark.parametrize("query, wanted", [
    ("get proxies from environment variables", "get_environ_proxies"),
    ("register a blueprint", "register_blueprint"),
    ("read credentials from the netrc file", "get_netrc_auth"),
])
def test_words_find_the_function_they_describe_in_the_top_three(make_index, project, query, wanted):
    index = make_index(project, find_cached_model=False)
    index.update()
    hits = index.search(query, k=10)
    assert any(defines(hit, wanted) for hit in hits[:3]), [(h.path, h.start, h.reason) for h in hits]


def test_a_common_word_of_the_query_does_not_rank_its_namesakes_first(make_index, project):
    index = make_index(project, find_cached_model=False)
    index.update()
    hits = index.search("get proxies from environment variables", k=10)
    ranked = [(h.path, h.start, h.reason) for h in hits]
    assert not defines(hits[0], "get"), ranked
    first_get = next(n for n, hit in enumerate(hits) if defines(hit, "get"))
    assert any(defines(hit, "get_environ_proxies") for hit in hits[:first_get]), ranked  # described ranks above
    blueprint = index.search("register a blueprint", k=10)
    assert not any("defines `a`" in hit.reason for hit in blueprint), [(h.path, h.start, h.reason) for h in blueprint]


def test_an_exact_name_still_finds_its_definition_first(make_index, project):
    index = make_index(project, find_cached_model=False)
    index.update()
    assert defines(index.search("should_bypass_proxies", k=5)[0], "should_bypass_proxies")
    assert defines(index.search("get", k=5)[0], "get")  # the query is the name: its definitions
    # names alike but for a number (every one made of the sub-word "retry"): the one written wins
    assert defines(index.search("retry_6", k=5)[0], "retry_6")
    assert defines(index.search("where is retry_4 called", k=5)[0], "retry_4")


def _search_cli(root: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}  # no model cached anywhere
    return subprocess.run([sys.executable, "-P", "-m", "postil", "search", *args], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_search_in_words_suggests_the_local_model_when_none_ranked_it(project, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    words = _search_cli(project, home, "get proxies from environment variables")
    assert words.returncode == 0, words.stderr
    assert "get_environ_proxies" in words.stdout
    assert "--download-model all-MiniLM-L6-v2" in words.stderr and "model-path" in words.stderr
    name = _search_cli(project, home, "get_environ_proxies")
    assert name.returncode == 0 and "download-model" not in name.stderr  # a name needs no model
    as_json = _search_cli(project, home, "register a blueprint", "--json")
    assert as_json.returncode == 0 and "download-model" not in as_json.stderr  # JSON output stays quiet
