"""Options gathered in a dict and spread into the call (`opts = {"verify": False}` ...
`requests.get(url, **opts)`) are read as the keywords they are (issue 32: the forms other
people write). Real rules, the real scan, in process and in bulk (ast-grep's CLI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil import scan
from postil.analyzers.checker import CheckerCache
from tests.cpu_ratio import least_of_alternate_runs

SPREAD = '''import subprocess

import jinja2
import requests


def fetch(url):
    opts = {"verify": False, "timeout": 5}
    return requests.get(url, **opts)


def run(cmd):
    options = {
        "shell": True,
        "check": True,
    }
    subprocess.run(cmd, **options)


def env(loader):
    settings = {"autoescape": False}
    return jinja2.Environment(loader=loader, **settings)


def push(url, payload):
    opts = {"timeout": 5}
    opts["verify"] = False
    return requests.post(url, json=payload, **opts)
'''
# the same calls with the options safe, changed before the call, or not a literal dict
SAFE = '''import subprocess

import requests


def fetch(url):
    opts = {"verify": True, "timeout": 5}
    return requests.get(url, **opts)


def fetch_fixed(url):
    opts = {"verify": False, "timeout": 5}
    opts["verify"] = "/etc/ssl/internal-ca.pem"
    return requests.get(url, **opts)


def run(cmd, extra):
    options = dict(extra)
    subprocess.run(cmd, **options)
'''


def _findings(root: Path, bulk_scan: bool, monkeypatch) -> list[tuple]:
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    return sorted((str(r.path), f.span.start_line + 1, f.rule) for r in result.reports for f in r.findings
                  if "/security/" in f.rule)


@pytest.mark.parametrize("bulk_scan", [False, True])
def test_spread_option_dicts_are_read_as_keywords(tmp_path, monkeypatch, bulk_scan):
    (tmp_path / "spread.py").write_text(SPREAD)
    (tmp_path / "safe.py").write_text(SAFE)
    found = _findings(tmp_path, bulk_scan, monkeypatch)
    assert found == [("spread.py", 9, "python/security/tls-verify-disabled"),
                     ("spread.py", 17, "python/security/subprocess-shell-true"),
                     ("spread.py", 22, "python/security/jinja2-autoescape-disabled"),
                     ("spread.py", 28, "python/security/tls-verify-disabled")]


CLASS_OPTIONS = '''import requests
from cryptography.hazmat.primitives.asymmetric import dsa


class Client:
    REQUEST_OPTIONS = {"verify": False, "timeout": 5}

    def fetch(self, url):
        return requests.get(url, **self.REQUEST_OPTIONS)


class Signer:
    KEY_OPTIONS = {"key_size": 1024}

    @classmethod
    def new_key(cls):
        return dsa.generate_private_key(**cls.KEY_OPTIONS)


class Checked:
    REQUEST_OPTIONS = {"verify": False, "timeout": 5}

    def __init__(self, bundle):
        self.REQUEST_OPTIONS["verify"] = bundle

    def fetch(self, url):
        return requests.get(url, **self.REQUEST_OPTIONS)
'''


@pytest.mark.parametrize("bulk_scan", [False, True])
def test_class_attribute_options_are_read_as_keywords(tmp_path, monkeypatch, bulk_scan):
    """`**self.OPTIONS` / `**cls.OPTIONS` spread a dict the class body wrote; one the code changes
    before the spread is left as written."""
    (tmp_path / "options.py").write_text(CLASS_OPTIONS)
    assert _findings(tmp_path, bulk_scan, monkeypatch) == [
        ("options.py", 9, "python/security/tls-verify-disabled"),
        ("options.py", 17, "python/security/weak-rsa-key-size")]


def test_many_spreads_are_read_in_linear_time():
    """A hostile file of one dict and many spreads of it: reading them takes time in proportion
    to its length (CPU of this thread, the least of alternate runs, 4x the text against 1x with a
    wide bound)."""
    import time

    from postil.analyzers.rules.keyword_dicts import keyword_view

    def cpu(lines: int) -> float:
        text = 'opts = {"verify": False}\n' + "f(x, **opts)\n" * lines
        started = time.thread_time()
        for _ in range(3):
            keyword_view(text)
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 5000, 20000, rounds=3)
    assert large < 8 * small + 0.05, (small, large)


def test_comments_typed_above_an_open_document_keep_its_spread_options_findings(tmp_path):
    # the editor keeps the option-dict copy's findings through an edit among comments only
    # (rules/unit_keywords.py); Document checks each edit against a whole check
    from tests.analyzers.rules.test_incremental import Document

    doc = Document(tmp_path, SPREAD, name="spread.py")
    expected = [(9, "python/security/tls-verify-disabled"), (17, "python/security/subprocess-shell-true")]
    for typed in range(3):
        doc.text = f"# note {typed}\n" + doc.text
        found = [(f.span.start_line + 1 - typed - 1, f.rule) for f in doc.check()]
        assert all(e in found for e in expected)
