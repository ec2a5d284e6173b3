"""The pattern rules see through import aliases (issue 32: the forms other people write):
`import subprocess as sp`, `from pickle import loads`, `from os import system as run`,
`from ssl import CERT_NONE`, and in JavaScript `import { execSync as run } from 'node:child_process'`,
`const { exec: sh } = require('child_process')`, `import * as nodeVm from 'vm'`, name the
same APIs as the spellings the rules are written for, as Semgrep resolves them. Real rules, the
real scan, in process and in bulk (ast-grep's CLI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk
from tests.cpu_ratio import least_of_alternate_runs

ALIASED = '''import hashlib as h
import subprocess as sp
from Crypto.Cipher import DES3 as TripleDES
from os import system as run
from pickle import loads
from os import chmod
from requests import get
from ssl import CERT_NONE


def handle(cmd, blob, url, ctx):
    sp.call("ls " + cmd, shell=True)
    run("ls " + cmd)
    loads(blob)
    h.md5(blob)
    get(url, verify=False, timeout=5)
    ctx.verify_mode = CERT_NONE
    chmod(url, 0o777)
    TripleDES.new(blob, TripleDES.MODE_EAX, nonce=url)
'''
PLAIN = '''import hashlib
import os
from Crypto.Cipher import DES3
import pickle
import requests
import ssl
import stat
import subprocess


def handle(cmd, blob, url, ctx):
    subprocess.call("ls " + cmd, shell=True)
    os.system("ls " + cmd)
    pickle.loads(blob)
    hashlib.md5(blob)
    requests.get(url, verify=False, timeout=5)
    ctx.verify_mode = ssl.CERT_NONE
    os.chmod(url, 0o777)
    DES3.new(blob, DES3.MODE_EAX, nonce=url)
'''
ALIASED_JS = '''import { execSync as run } from 'node:child_process';
import * as nodeVm from 'vm';
const { exec: sh } = require('child_process');

export function archive(dir, label) {
  run(`tar czf ${label}.tgz -C ${dir} .`);
  sh('git checkout ' + label);
  return new nodeVm.Script(`(${label})`);
}
'''
PLAIN_JS = '''import { execSync } from 'node:child_process';
import * as vm from 'vm';
const { exec } = require('child_process');

export function archive(dir, label) {
  execSync(`tar czf ${label}.tgz -C ${dir} .`);
  exec('git checkout ' + label);
  return new vm.Script(`(${label})`);
}
'''
# the same names bound by a module of the project's own, and used in strings
LOOKALIKES_JS = '''import { execSync as run } from './tasks';
import * as nodeVm from './sandbox';

export function archive(dir, label) {
  const note = "run(`tar ${label}`) and new nodeVm.Script(label)";
  run(`tar czf ${label}.tgz -C ${dir} .`);
  return [note, new nodeVm.Script(`(${label})`)];
}
'''
LOOKALIKES = '''import subprocess as sp
from json import loads
from defusedxml import ElementTree as SafeET
from defusedxml.ElementTree import fromstring


def parse(blob):
    note = "sp.call(cmd, shell=True) and loads(x) in a string"
    return loads(blob), note


def parse_xml(body):
    return SafeET.fromstring(body)  # defusedxml's, not the standard library's


def parse_status(body):
    return fromstring(body)  # defusedxml's too


def helper(loads):
    return loads("{}")
'''


def _findings(root: Path, bulk_scan: bool, monkeypatch) -> list[tuple]:
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    return sorted((str(r.path), f.span.start_line + 1, f.span.start_col + 1, f.span.end_col + 1, f.rule, f.fix is None)
                  for r in result.reports for f in r.findings)


def test_an_aliased_api_is_reported_as_its_plain_spelling(tmp_path, monkeypatch):
    (tmp_path / "aliased.py").write_text(ALIASED)
    (tmp_path / "plain.py").write_text(PLAIN)
    found = _findings(tmp_path, bulk_scan=False, monkeypatch=monkeypatch)
    by_line = {name: sorted((line, rule) for path, line, _, _, rule, _ in found if path == name)
               for name in ("aliased.py", "plain.py")}
    assert by_line["aliased.py"] == by_line["plain.py"]
    assert {rule for _, rule in by_line["aliased.py"]} >= {
        "python/security/subprocess-shell-true", "python/security/subprocess-shell-function",
        "python/security/pickle-deserialization", "python/security/weak-hash", "python/security/tls-verify-disabled",
        "python/security/ssl-unverified-context", "python/security/world-writable-permissions",
        "python/security/weak-cipher"}
    # at the file's own columns: `sp.call(...)` from its first character to the call's end
    shell = next(f for f in found if f[0] == "aliased.py" and f[4] == "python/security/subprocess-shell-true")
    assert shell[2:4] == (5, 5 + len('sp.call("ls " + cmd, shell=True)'))


@pytest.mark.parametrize("bulk_scan", [False, True])
def test_javascript_imports_under_other_names_are_reported_as_their_plain_spelling(tmp_path, monkeypatch, bulk_scan):
    (tmp_path / "aliased.mjs").write_text(ALIASED_JS)
    (tmp_path / "plain.mjs").write_text(PLAIN_JS)
    (tmp_path / "lookalikes.mjs").write_text(LOOKALIKES_JS)
    found = _findings(tmp_path, bulk_scan=bulk_scan, monkeypatch=monkeypatch)
    by_file = {name: sorted((line, rule) for path, line, _, _, rule, _ in found if path == name)
               for name in ("aliased.mjs", "plain.mjs", "lookalikes.mjs")}
    assert by_file["aliased.mjs"] == by_file["plain.mjs"]
    assert [line for line, _ in by_file["aliased.mjs"]] == [6, 7, 8]
    assert by_file["lookalikes.mjs"] == []


SUBMODULE_MEMBERS = '''from Crypto.PublicKey.RSA import generate as rsa_generate
from cryptography.hazmat.primitives.asymmetric.dsa import generate_private_key
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key as new_rsa_key


def keys():
    device = rsa_generate(1024)
    legacy = generate_private_key(key_size=1024)
    server = new_rsa_key(public_exponent=65537, key_size=4096)
    return device, legacy, server
'''


def _security_lines(tmp_path, name: str, text: str, monkeypatch) -> list[tuple[int, str]]:
    """(line, rule) of the security findings of ``text`` checked as the file ``name``."""
    (tmp_path / name).write_text(text)
    found = _findings(tmp_path, bulk_scan=False, monkeypatch=monkeypatch)
    return [(line, rule) for _, line, _, _, rule, _ in found if "/security/" in rule]


def test_a_submodule_member_is_read_as_the_submodule_names_it(tmp_path, monkeypatch):
    """`from Crypto.PublicKey.RSA import generate as g` is `RSA.generate`, as the rules spell it."""
    assert _security_lines(tmp_path, "keys.py", SUBMODULE_MEMBERS, monkeypatch) == [
        (7, "python/security/weak-rsa-key-size"), (8, "python/security/weak-rsa-key-size")]


SUBMODULES_BOUND = '''import Cryptodome.Cipher.Blowfish as bf
import Crypto.Hash.MD5 as md5_module
import Crypto.Cipher.AES as aes


def seal(key, data):
    legacy = bf.new(key, bf.MODE_CBC)
    digest = md5_module.new(data).hexdigest()
    modern = aes.new(key, aes.MODE_GCM)
    return legacy, digest, modern
'''


def test_a_submodule_bound_to_a_name_is_read_as_the_rules_name_it(tmp_path, monkeypatch):
    """`import Cryptodome.Cipher.Blowfish as bf` ... `bf.new(key)` is `Blowfish.new`, as the rules spell it."""
    assert _security_lines(tmp_path, "vault.py", SUBMODULES_BOUND, monkeypatch) == [
        (7, "python/security/weak-cipher"), (8, "python/security/weak-hash")]


def test_names_that_only_look_like_an_alias_are_not_reported(tmp_path, monkeypatch):
    (tmp_path / "lookalikes.py").write_text(LOOKALIKES)
    assert _findings(tmp_path, bulk_scan=False, monkeypatch=monkeypatch) == []


def test_aliases_are_read_the_same_in_bulk(tmp_path, monkeypatch):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    (tmp_path / "aliased.py").write_text(ALIASED)
    (tmp_path / "lookalikes.py").write_text(LOOKALIKES)
    alone = _findings(tmp_path, bulk_scan=False, monkeypatch=monkeypatch)
    assert alone and _findings(tmp_path, bulk_scan=True, monkeypatch=monkeypatch) == alone


def test_unclosed_import_lists_are_read_in_linear_time():
    """A hostile file of `from os import (` lines, none closed: reading its imports takes time in
    proportion to its length (CPU of this thread, the least of alternate runs, 4x the text against 1x
    with a wide bound; an unbounded read of each list to the end of the file made it 16x)."""
    import time

    from postil.analyzers.rules.import_aliases import aliases

    def cpu(lines: int) -> float:
        text = "from os import (system,\n" * lines
        started = time.thread_time()
        aliases(text, frozenset({"os.system"}))
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 4000, 16000)
    assert large < 8 * small + 0.05, (small, large)


def test_unfinished_javascript_imports_are_read_in_linear_time():
    """The same for JavaScript: `import {a,` and `const {a,` lines that never reach `from` or `}`."""
    import time

    from postil.analyzers.rules.import_aliases import js_aliases

    def cpu(lines: int) -> float:
        text = "import {a,\nconst {b,\n" * lines
        started = time.thread_time()
        js_aliases(text, frozenset({"child_process", "execSync"}))
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 2000, 8000)
    assert large < 8 * small + 0.05, (small, large)


DECORATORS = '''from django.views.decorators.csrf import csrf_exempt as no_csrf


@no_csrf
def update_profile(request):
    request.user.first_name = request.POST["first_name"]
    request.user.save()


def no_csrf_note():
    return "no_csrf is a name, not a decorator here"
'''


def test_a_decorator_under_another_name_is_read_as_the_decorator(tmp_path, monkeypatch):
    """`from ... import csrf_exempt as no_csrf` then `@no_csrf` switches CSRF off as `@csrf_exempt` does."""
    (tmp_path / "views.py").write_text(DECORATORS)
    found = _findings(tmp_path, bulk_scan=False, monkeypatch=monkeypatch)
    assert [(line, rule) for _, line, _, _, rule, _ in found] == [(4, "python/security/django-csrf-exempt")]


def test_a_safe_twin_imported_under_another_name_is_not_the_module_it_twins():
    """`from defusedcsv import csv as safe_csv`: `safe_csv.writer` escapes formula cells; read as the
    standard library's `csv.writer`, the csv rules reported the safe writer (blind34's download)."""
    from postil.analyzers.rules.import_aliases import aliases

    words = {"csv", "csv.writer", "csv.DictWriter", "ElementTree", "ElementTree.fromstring"}
    text = "from defusedcsv import csv as safe_csv\nfrom defusedxml import ElementTree as SafeET\nimport csv as std_csv\n"
    assert aliases(text, words) == {"std_csv": "csv"}


def test_imports_every_rule_names_as_written_are_not_searched_for_their_uses(monkeypatch):
    """`from flask import request` (each handler of a tree): every rule naming `flask.request` (or a
    member) names `request` so too, so no use is spelt out and the text is not searched for them;
    `import subprocess as sp` still is."""
    from postil.analyzers.rules import import_aliases

    ruleset = CheckerCache().for_path(Path("views.py")).ruleset
    naming = import_aliases._naming(ruleset.for_language("python"))
    handler = "from flask import request, render_template_string\n\n\ndef view():\n    return render_template_string(request.args['t'])\n"
    names = import_aliases.aliases(handler, naming)
    assert names == {"request": "flask.request", "render_template_string": "flask.render_template_string"}
    searched = []
    search = import_aliases._not_after_name
    monkeypatch.setattr(import_aliases, "_not_after_name", lambda *a: searched.append(a) or search(*a))
    assert import_aliases.alias_view(handler, names, naming) is None
    assert not searched
    view = import_aliases.alias_view(ALIASED, import_aliases.aliases(ALIASED, naming), naming)
    assert searched and "subprocess.call(" in view.text
