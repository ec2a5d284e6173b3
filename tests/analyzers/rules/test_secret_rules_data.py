"""Secret rules as data: the bundled secrets.toml, a project's own rules (``secret-rules``)
and gitleaks rule files (``gitleaks-rules``), untrusted regexes, the detectors added for
issue 14 and their look-alikes.

Token-shaped strings are assembled by concatenation so that secret scanners run on this
repository do not flag the test file itself.
"""

from __future__ import annotations

import base64
import re
import time
import tomllib
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules import secret_formats
from postil.analyzers.rules.secrets import SECRET_RULES, scan_secrets
from postil.config import LoadedConfig, PostilConfig
from postil.core.deadline import Deadline

B62 = "Xy7Kq2Lm9Np4Rs6Tu8Vw0Yz1Ab3Cd5EfGh"  # 34 random-looking characters


def found(text: str) -> list[tuple[str, str]]:
    return [(m.rule, text[m.start : m.end]) for m in scan_secrets(text)]


def checker_for(root: Path, **settings) -> Checker:
    (root / ".git").mkdir(exist_ok=True)
    return Checker(LoadedConfig(PostilConfig.model_validate(settings), root / "pyproject.toml", root))


def rules_found(checker: Checker, root: Path, name: str, text: str) -> list[tuple[str, int]]:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    # secrets only: these texts are lines of config, not Python (the syntax-error rule would say so)
    return [(f.rule, f.span.start_line + 1) for f in checker.check_text(path, text) if f.rule.startswith("secrets/")]


# --------------------------------------------------------------------------- bundled data


def test_every_bundled_rule_names_its_cwe_and_findings_carry_it(tmp_path):
    by_id = {r.id: r for r in SECRET_RULES}
    assert all(r.cwe.startswith("CWE-") for r in SECRET_RULES)
    assert by_id["secrets/hardcoded-password"].cwe == "CWE-259"
    assert by_id["secrets/private-key"].cwe == "CWE-321"
    assert by_id["secrets/private-key"].url.endswith("/321.html")
    checker = checker_for(tmp_path)
    key = "-----BEGIN " + "RSA PRIVATE KEY-----\n" + ("MIIEow" + B62 * 2 + "\n") * 4 + "-----END " + "RSA PRIVATE KEY-----\n"
    text = key + 'db_password = "Tr7!kq29Lm#x"\n'
    path = tmp_path / "conf.py"
    path.write_text(text)
    cwes = {f.rule: f.metadata["cwe"] for f in checker.check_text(path, text) if f.rule.startswith("secrets/")}
    assert cwes == {"secrets/private-key": "CWE-321", "secrets/hardcoded-password": "CWE-259"}


def test_every_bundled_regex_compiles_and_its_value_group_exists():
    # the bundled regexes are compiled when a scan first needs them: this compiles them all
    data = tomllib.loads(secret_formats.DATA_FILE.read_text(encoding="utf-8"))
    for entry in data["rules"]:
        for source in (d["regex"] for d in entry.get("detectors", ())):
            re.compile(source)
        for source in (a for d in entry.get("detectors", ()) for a in d.get("allowlist", ())):
            re.compile(source)
    for det in secret_formats.builtin_detectors():
        assert det.group is None or det.group <= det.pattern.compiled().groups, det.rule


def test_unknown_validator_in_data_is_a_clear_error():
    with pytest.raises(secret_formats._Invalid, match="unknown validator 'nope'"):
        secret_formats._detector_from("x", {"keywords": ["a"], "regex": "a", "validators": ["nope"]}, untrusted=False)


# --------------------------------------------------------------------------- detectors added for issue 14


@pytest.mark.parametrize(("rule", "value"), [
    ("secrets/github-token", "gh" + "o_" + B62 + "Qz"),
    ("secrets/github-token", "gh" + "u_" + B62 + "Qz"),
    ("secrets/github-token", "gh" + "s_" + B62 + "Qz"),
    ("secrets/github-token", "gh" + "r_" + B62 + "Qz"),
    ("secrets/vault-token", "hv" + "s." + B62[:24]),
    ("secrets/vault-token", "hv" + "s.CAESI" + B62 * 2),
    ("secrets/vault-token", "hv" + "b.AAAAAQ" + B62 * 3),
    ("secrets/gitlab-token", "gl" + "dt-" + B62[:20]),
    ("secrets/gitlab-token", "GR134" + "8941" + B62[:20]),
    ("secrets/docker-hub-token", "dckr" + "_pat_" + B62[:27]),
    ("secrets/heroku-api-key", "HR" + "KU-AA" + B62 + B62[:24]),
    ("secrets/new-relic-key", "NR" + "AK-" + "3B553RTC4NUBQBBOBK8YPGBBXUB"),
    ("secrets/notion-token", "nt" + "n_35903886213" + B62 + "Q"),
    ("secrets/django-secret-key", "django-" + "insecure-" + "k3!x9@q2m#p7^z(5)w8_r4=t6+v1-n0&j3h8c2b7d4f9g6"),
    ("secrets/shippo-token", "shippo" + "_live_" + "c28f1e20bb1d94d17d9f8ccc04add19c3f60dcc8"),
])
def test_new_token_formats_are_found(rule, value):
    assert found(f'TOKEN = "{value}"\n') == [(rule, value)]


@pytest.mark.parametrize("text", [
    'VAULT_TOKEN = "hv' + 's.XXXXXXXXXXXXXXXXXXXXXXXX"\n',  # placeholder
    'GITHUB_TOKEN = "gh' + 'o_' + "x" * 36 + '"\n',
    "client-certificate-data: " + base64.b64encode(b"-----BEGIN CERTIFICATE-----\n" + B62.encode() * 8).decode() + "\n",
    "certificate-authority-data: " + base64.b64encode(b"-----BEGIN CERTIFICATE-----\n" + B62.encode() * 8).decode() + "\n",
    'SECRET_KEY = get_random_secret_key()\n',
    'MAPBOX = "p' + 'k.eyJ1IjoiYWNtZSIsImEiOiJ' + B62[:20] + 'In0.' + B62[:22] + '"\n',  # public token
])
def test_look_alikes_of_new_formats_are_left_alone(text):
    assert found(text) == []


def test_kubeconfig_client_key_data_is_a_private_key():
    pem = b"-----BEGIN EC PRIVATE KEY-----\n" + (B62.encode() * 2 + b"\n") * 4 + b"-----END EC PRIVATE KEY-----\n"
    value = base64.b64encode(pem).decode()
    text = f"users:\n- name: admin\n  user:\n    client-key-data: {value}\n"
    assert found(text) == [("secrets/private-key", value)]


def test_twilio_auth_token_after_the_account_sid():
    sid, token = "AC" + "41fabb26fc5d6a67d6ceef5bb6d9fa42", "23dcf20c356d" + "868225fe23887debbcd7"
    assert found(f'sms = Client("{sid}", "{token}")\n') == [("secrets/twilio-auth-token", token)]


# --------------------------------------------------------------------------- a project's own rules


def test_secret_rules_from_config_report_with_their_own_id_severity_and_cwe(tmp_path):
    checker = checker_for(tmp_path, **{"secret-rules": [
        {"id": "acme-token", "name": "ACME token", "regex": "acme_[A-Za-z0-9]{32}", "keywords": ["acme_"],
         "severity": "warning", "cwe": "CWE-522", "entropy": 3.0},
    ]})
    assert checker.rule_errors == []
    token = "acme_" + B62[:32]
    text = f'x = 1\nTOKEN = "{token}"\nPLACEHOLDER = "acme_{"x" * 32}"\n'
    path = tmp_path / "app.py"
    path.write_text(text)
    findings = checker.check_text(path, text)
    assert [(f.rule, f.span.start_line, f.severity.label, f.metadata["cwe"]) for f in findings] == [
        ("secrets/custom/acme-token", 1, "warning", "CWE-522")]
    assert "secrets/custom/acme-token" in checker.known_ids


@pytest.mark.parametrize(("entry", "problem"), [
    ({"id": "lookbehind", "regex": "(?<=a)cme_[0-9]{8}", "keywords": ["acme"]}, "does not compile (RE2 syntax"),
    ({"id": "backref", "regex": "(acme)_\\1", "keywords": ["acme"]}, "does not compile"),
    ({"id": "broken", "regex": "acme_[", "keywords": ["acme"]}, "does not compile"),
    ({"id": "huge", "regex": "acme_(?:[a-z]{1,1000}){1,1000}", "keywords": ["acme"]}, "does not compile"),
    ({"id": "empty", "regex": "a*", "keywords": ["a"]}, "matches the empty string"),
    ({"id": "nokeyword", "regex": "acme_[0-9]{8}"}, "'keywords'"),
    ({"id": "Bad Id", "regex": "acme_[0-9]{8}", "keywords": ["acme"]}, "'id'"),
    ({"id": "severity", "regex": "acme_[0-9]{8}", "keywords": ["acme"], "severity": "fatal"}, "'severity'"),
    ({"id": "cwe", "regex": "acme_[0-9]{8}", "keywords": ["acme"], "cwe": "798"}, "'cwe'"),
    ({"id": "validator", "regex": "acme_[0-9]{8}", "keywords": ["acme"], "validators": ["nope"]}, "unknown validator"),
])
def test_invalid_user_rules_are_reported_and_the_rest_still_runs(tmp_path, entry, problem):
    good = {"id": "good", "regex": "good_[A-Za-z0-9]{20}", "keywords": ["good_"]}
    checker = checker_for(tmp_path, **{"secret-rules": [entry, good]})
    [error] = checker.rule_errors
    assert error.rule_id == entry["id"] and problem in error.problem
    assert "pyproject.toml" in str(error)
    assert rules_found(checker, tmp_path, "a.env", "GOOD=good_" + B62[:20] + "\n") == [("secrets/custom/good", 1)]


# --------------------------------------------------------------------------- gitleaks files

GITLEAKS = r"""
title = "team rules"

[allowlist]
description = "global"
paths = ['''(^|/)fixtures/''']

[[rules]]
id = "internal-api-key"
description = "Internal API key"
regex = '''internal[_-]?key\s*[:=]\s*["']?((?i)[a-z0-9]{24})["']?'''
secretGroup = 1
keywords = ["INTERNAL"]
entropy = 3.0
tags = ["key"]
  [[rules.allowlists]]
  stopwords = ["aaaaaaaa"]
  regexes = ['''^test''']

[[rules]]
id = "ops-token"
description = "Ops token, only in deploy files"
regex = '''ops_[0-9a-f]{32}\z'''
path = '''deploy/'''
keywords = ["ops_"]
  [rules.allowlist]
  regexTarget = "line"
  regexes = ['''# fake''']

[[rules]]
id = "lookahead"
regex = '''key(?=[0-9]{8})'''
keywords = ["key"]

[[rules]]
id = "nested"
regex = '''nest_(x+x+)+y'''
keywords = ["nest_"]

[[rules]]
id = "pkcs12-file"
path = '''\.p12$'''
"""


def test_a_gitleaks_file_loads_as_is(tmp_path):
    (tmp_path / "security").mkdir()
    (tmp_path / "security" / "gitleaks.toml").write_text(GITLEAKS)
    checker = checker_for(tmp_path, **{"gitleaks-rules": "security/gitleaks.toml"})
    errors = {e.rule_id: e.problem for e in checker.rule_errors}
    assert set(errors) == {"lookahead", "pkcs12-file"}
    assert "RE2" in errors["lookahead"] and "path-only" in errors["pkcs12-file"]
    assert all("security/gitleaks.toml" in str(e) for e in checker.rule_errors)
    real = "k3j4h5g6F7d8s9a0q1w2e3r4"
    text = f'internal_key = "{real}"\nINTERNAL_KEY = "{real}"\ninternal_key: "aaaaaaaak3j4h5g6f7d8s9a0"\ninternal-key = test1234567890abcdefghij\n'
    assert rules_found(checker, tmp_path, "app.py", text) == [("secrets/gitleaks/internal-api-key", 1)]
    assert rules_found(checker, tmp_path, "fixtures/app.py", text) == []  # global path allowlist
    ops = "ops_" + "9f3b7c1e5a2d8f4b6c0e9a7d3f1b5c8e"
    assert rules_found(checker, tmp_path, "deploy/run.sh", f"echo {ops}") == [("secrets/gitleaks/ops-token", 1)]
    assert rules_found(checker, tmp_path, "deploy/end.sh", f"echo {ops}\n") == []  # \z: the end of the text
    assert rules_found(checker, tmp_path, "deploy/fake.sh", f"# fake: echo {ops}") == []  # line allowlist
    assert rules_found(checker, tmp_path, "src/run.sh", f"echo {ops}") == []  # rule path: deploy/ only
    finding_line = [f for f in checker.check_text(tmp_path / "app.py", text)][0]
    assert finding_line.message.startswith("Internal API key")


def test_gitleaks_file_outside_the_repository_is_refused(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    (tmp_path / "gitleaks.toml").write_text(GITLEAKS)
    checker = checker_for(repo, **{"gitleaks-rules": "../gitleaks.toml"})
    [error] = checker.rule_errors
    assert "gitleaks-rules" in error.problem
    assert not checker.user_secrets.rules


def test_unreadable_gitleaks_file_is_one_error(tmp_path):
    (tmp_path / "gitleaks.toml").write_text("[[rules]\nid=")
    checker = checker_for(tmp_path, **{"gitleaks-rules": "gitleaks.toml"})
    [error] = checker.rule_errors
    assert "invalid TOML" in error.problem


def test_untrusted_regexes_run_in_linear_time_on_adversarial_text(tmp_path):
    """Shapes that take Python's backtracking ``re`` exponential or cubic time (a repeat
    in a repeat, three adjacent ``\\s*``) run on RE2 in linear time."""
    (tmp_path / "gitleaks.toml").write_text(GITLEAKS)
    gitleaks = secret_formats.gitleaks_rules(tmp_path / "gitleaks.toml", set())
    user = secret_formats.user_rules(
        [{"id": "cubic", "regex": r"k\s*\s*\s*=\s*\s*\s*[A-Za-z0-9]{40}x", "keywords": ["k"]}], "cfg", set())
    assert not user.errors
    detectors = user.detectors + gitleaks.detectors
    for text in ("k" + " " * 20000 + "\n", "nest_" + "x" * 20000 + "\n", "internal_key=" + " " * 20000):
        started = time.thread_time()  # CPU seconds: a busy machine does not stretch them
        scan_secrets(text * 5, Deadline(60.0), detectors)  # Python's re: minutes or years
        assert time.thread_time() - started < 2.0


# --------------------------------------------------------------------------- generic parser: shapes the fresh corpus showed

DJANGO_KEY = "kea5l*^8^5s-&l%$sjh2^kd(7x2px" + "$dys-yt9*x-nq*@m35%(q"
HEX40 = "5ace6f31fc8e10725ec21e" + "7070e4d3ad71279f62"


@pytest.mark.parametrize(("text", "value"), [
    (f"clientSecret: process.env.GITHUB_CLIENT_SECRET || '{HEX40}',\n", HEX40),
    (f'SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "{DJANGO_KEY}"\n', DJANGO_KEY),
    (f'SECRET_KEY_FALLBACKS = ["{DJANGO_KEY}"]\n', DJANGO_KEY),
    (f"DJANGO_SECRET_KEY={DJANGO_KEY}\n", DJANGO_KEY),
    (f'      DJANGO_SECRET_KEY: "{DJANGO_KEY.replace("$", "$$")}"\n', DJANGO_KEY.replace("$", "$$")),  # compose
    (f"export DD_API_KEY={HEX40[:32]}\n", HEX40[:32]),
    ("smtp_password = Y2mgb&w9U9JVp6*\n", "Y2mgb&w9U9JVp6*"),
    ("define('DB_PASSWORD', '3afko%iQ6iGjwums6%');\n", "3afko%iQ6iGjwums6%"),
    (f'    "WANDB_API_KEY = \\"{HEX40}\\"\\n",\n', HEX40),  # a notebook cell in JSON
])
def test_generic_shapes_found(text, value):
    assert [v for _r, v in found(text)] == [value]


@pytest.mark.parametrize("text", [
    'SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "please-set-DJANGO_SECRET_KEY"\n',
    "clientSecret: process.env.GITHUB_CLIENT_SECRET || '',\n",
    'password = os.getenv("DB_PASSWORD", "")\n',
    "define('DB_NAME', 'wordpress');\n",
    'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.prod")\n',
    f'commit_sha = "{HEX40}"\n',
    "secret_key_doc = 'the-secret-key-is-read-from-the-environment-at-boot-1'\n",
    "SECRET_KEY = get_random_secret_key()  # 50 chars of abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)\n",
    "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\nAAAA\n",
])
def test_generic_look_alikes_left_alone(text):
    assert found(text) == []


def test_putty_private_key_is_reported_from_its_header():
    body = "AAAAIB" + B62 + "Qw9" + B62[:10] + "=="
    text = ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ci\nPublic-Lines: 1\nAAAAC3Nz\n"
            f"Private-Lines: 1\n{body}\nPrivate-MAC: abc\n")
    [(rule, value)] = found(text)
    assert rule == "secrets/private-key" and value.startswith("PuTTY-User-Key-File-3") and body in value


# --------------------------------------------------------------------------- session 4 misses

def test_jdbc_password_passed_to_get_connection():
    pw = "ui1Nq#" + "ouJpkK1?"
    java = f'return DriverManager.getConnection("jdbc:mysql://db:3306/billing", "billing", "{pw}");\n'
    assert found(java) == [("secrets/hardcoded-password", pw)]
    kotlin = f'val c = DriverManager.getConnection(\n    "jdbc:postgresql://db/app",\n    "app",\n    "{pw}"\n)\n'
    assert found(kotlin) == [("secrets/hardcoded-password", pw)]
    url = f'String url = "jdbc:sqlserver://db:1433;databaseName=app;user=sa;password={pw}";\n'
    assert [r for r, _ in found(url)] == ["secrets/hardcoded-password"]


@pytest.mark.parametrize("quiet", [
    'DriverManager.getConnection(url, user, password);\n',
    'DriverManager.getConnection("jdbc:h2:mem:test", "sa", "");\n',
    'DriverManager.getConnection("jdbc:mysql://db/app", "app", "changeme");\n',
    'DriverManager.getConnection("jdbc:mysql://db/app", "app", System.getenv("DB_PASSWORD"));\n',
    'DriverManager.getConnection("jdbc:mysql://db/app", props);\n',
    'DriverManager.getConnection("jdbc:mysql://db/app", "app", "${DB_PASSWORD}");\n',
])
def test_get_connection_without_a_literal_password_is_quiet(quiet):
    assert found(quiet) == []


WP_KEY = "XUA~e](xaPVmMt_L,H{ir!ib%g):ULa" + "+Vij?YB3}},JrH;Nyi!>U11IIFm~}iVW]"
WP_SALT = "t`]O#|I:4Ufq{7SN2B+V$@Kx 9ZQ-Lp" + "!rG6wY*c^h&M8eJ.c/x~a1Rz<5Tq;D"


def test_wordpress_keys_and_salts_in_wp_config():
    text = ("<?php\ndefine('DB_NAME', 'wordpress');\n"
            f"define('AUTH_KEY',         '{WP_KEY}');\n"
            f"define( 'SECURE_AUTH_SALT', '{WP_SALT}' );\n"
            f'define("NONCE_KEY", "{WP_KEY[::-1]}");\n'
            "define('LOGGED_IN_KEY',    'put your unique phrase here');\n"
            "define('WP_DEBUG', false);\n")
    assert found(text) == [("secrets/wordpress-auth-key", WP_KEY), ("secrets/wordpress-auth-key", WP_SALT),
                           ("secrets/wordpress-auth-key", WP_KEY[::-1])]


def test_wordpress_keys_read_from_the_environment_are_quiet():
    text = ("define('AUTH_KEY', getenv('WP_AUTH_KEY'));\n"
            "define('SECURE_AUTH_KEY', $_ENV['SECURE_AUTH_KEY']);\n"
            "define('NONCE_SALT', 'put your unique phrase here');\n")
    assert found(text) == []


B2_KEY = "K00O2QdalgdX" + "CB96K4UiMXchw9qo2ZE"


def test_rclone_config_keys():
    conf = f"[b2]\ntype = b2\naccount = 00" + "b8eabe93488d8a0000000001\nkey = " + B2_KEY + "\nhard_delete = true\n"
    assert ("secrets/rclone-config-secret", B2_KEY) in found(conf)
    obscured = "5QJ4ToEp3bd8rBPm" + "hbWFk3qVmnwgBK8Ys4hE"
    sftp = f"[box]\ntype = sftp\nhost = box.example.org\nuser = deploy\npass = {obscured}\n"
    assert [v for _, v in found(sftp)] == [obscured]


@pytest.mark.parametrize("quiet", [
    "[b2]\ntype = b2\naccount = 00b8eabe93488d8a0000000001\nkey = \nhard_delete = true\n",
    "[local]\ntype = local\nkey = fileKeyName\n",
    "[settings]\nkey = value_of_the_setting\ntype = string\n",
    "[cache]\ntype = redis\nkey = users:profile:v2\n",
])
def test_rclone_lookalikes_are_quiet(quiet):
    assert found(quiet) == []


def test_a_bearer_token_in_a_command_header():
    token = "PLYtecCxETstdRvIgLF_" + "Q4dF6nod9He_zlgUOXuv"
    text = f'curl -sS -H "Authorization: Bearer {token}" https://api.cloudflare.com/client/v4/zones\n'
    assert [v for _, v in found(text)] == [token]
    for quiet in ('curl -H "Authorization: Bearer ${{ secrets.CF_TOKEN }}" https://api.example.org\n',
                  'curl -H "Authorization: Bearer $TOKEN" https://api.example.org\n',
                  'curl -H "Authorization: Bearer" https://api.example.org\n'):
        assert found(quiet) == [], quiet


def test_a_go_byte_slice_literal_is_judged_as_its_string():
    key = "fLXLsDwPHR/IXVTJ7cRfC/" + "W0YYLpupPmEJqeR9rI9xEi5HSe"
    assert [v for _, v in found(f'\tsigningKey = []byte("{key}")\n')] == [key]
    assert found('\tsigningKey := []byte(os.Getenv("SIGNING_KEY"))\n') == []
    assert found('\tsigningKey = []byte("changeme-signing-key")\n') == []


# --------------------------------------------------------------------------- providers added from the fixture corpus

HEX40 = "9f3c1a7be2d4068f5c3e1b9a7d2f4c6e8b0a1d3f"
HEX64 = HEX40 + "5e7c9b1d3f2a4c6e8d0b2f4a"
LONG = B62 * 6
LOW64 = "k3m9p2q7r4s8t1v6w0x5y2z7a3b9c4d8e1f6g0h5j2k7m3n9p4q8r1s6t0v5w2x7"


@pytest.mark.parametrize(("rule", "value"), [
    ("secrets/ai-provider-api-key", "sk-" + "or-v1-" + HEX64),
    ("secrets/ai-provider-api-key", "gs" + "k_" + B62 + LONG[:18]),
    ("secrets/ai-provider-api-key", "xa" + "i-" + B62 * 2 + LONG[:12]),
    ("secrets/ai-provider-api-key", "ppl" + "x-" + B62 + LONG[:14]),
    ("secrets/ai-provider-api-key", "r8" + "_" + LONG[:37]),
    ("secrets/ai-provider-api-key", "pcs" + "k_" + "4Xq7T_" + B62 + LONG[:26]),
    ("secrets/ai-provider-api-key", "lsv2" + "_pt_" + HEX40[:32] + "_" + HEX40[:10]),
    ("secrets/ci-token", "sq" + "u_" + HEX40),
    ("secrets/ci-token", "bku" + "a_" + HEX40),
    ("secrets/ci-token", "CCI" + "PAT_" + LONG[:22] + "_" + HEX40),
    ("secrets/ci-token", "sg" + "p_" + HEX40[:16] + "_" + HEX40),
    ("secrets/ci-token", "ic" + "o-" + LONG[:32]),
    ("secrets/ci-token", "pn" + "u_" + LONG[:36]),
    ("secrets/package-registry-token", "rubygems" + "_" + HEX64[:48]),
    ("secrets/package-registry-token", "CLOJARS" + "_" + HEX64[:60]),
    ("secrets/package-registry-token", "oy" + "2" + LOW64[:43]),
    ("secrets/platform-token", "dp" + ".st.prd." + B62 + LONG[:6]),
    ("secrets/platform-token", "dp" + ".sa." + B62 + LONG[:8]),
    ("secrets/platform-token", "ops" + "_eyJ" + (B62 * 4)[:120]),
    ("secrets/platform-token", "sb_" + "secret_" + LONG[:31]),
    ("secrets/platform-token", "sb" + "p_" + HEX40),
    ("secrets/platform-token", "nap" + "i_" + LOW64),
    ("secrets/platform-token", "rn" + "d_" + LONG[:32]),
    ("secrets/platform-token", "fio" + "-u-" + B62 + LONG[:30]),
    ("secrets/saas-api-token", "pa" + "t" + LONG[:14] + "." + HEX64),
    ("secrets/saas-api-token", "xkey" + "sib-" + HEX64 + "-" + LONG[:16]),
    ("secrets/saas-api-token", "EZ" + "AK" + B62 + LONG[:20]),
    ("secrets/saas-api-token", "FLWSE" + "CK-" + HEX40[:32] + "-X"),
    ("secrets/saas-api-token", "access" + "-production-" + "92b2b299-e9ce-4c0c-b781-a06efb68d7b1"),
    ("secrets/saas-api-token", "sd" + "k-" + "f7457139-6fdb-4f97-8905-b466d7c3a961"),
    ("secrets/saas-api-token", "LT" + "AI" + LONG[:20]),
    ("secrets/saas-api-token", "AK" + "ID" + LONG[:32]),
    ("secrets/grafana-token", "glc" + "_eyJ" + LONG[:90] + "=="),
    ("secrets/grafana-token", "gls" + "a_" + LONG[:32] + "_" + HEX40[:8]),
    ("secrets/ci-token", "chp" + "t_" + HEX40[:15]),
    ("secrets/saas-api-token", "secret" + "-live-" + LONG[:36] + "="),
    ("secrets/saas-api-token", "secret" + "-" + LONG[:43]),
    ("secrets/slack-token", "xa" + "pp-1-A" + "RDL1ERBFQF-9314170586492-" + HEX64),
    ("secrets/databricks-token", "do" + "se" + HEX40[:32]),
    ("secrets/notion-token", "secr" + "et_" + LONG[:43]),
    ("secrets/ai-provider-api-key", "nva" + "pi-" + LONG[:64]),
    ("secrets/ai-provider-api-key", "cs" + "k-" + LOW64[:48]),
    ("secrets/ai-provider-api-key", "sk" + "-" + HEX40[:32]),
    ("secrets/platform-token", "pu" + "l-" + HEX40),
    ("secrets/platform-token", "pscale" + "_tkn_" + LONG[:43]),
    ("secrets/platform-token", "nf" + "p_" + LONG[:36]),
    ("secrets/platform-token", "tskey" + "-auth-k" + LONG[:10] + "CNTRL-" + LONG[:32]),
    ("secrets/platform-token", "AK" + "Cp" + LONG[:69]),
    ("secrets/platform-token", "cmVmdGtu" + "OjAxOj" + LONG[:60]),
    ("secrets/platform-token", "pa" + "t." + LONG[:22] + "." + HEX40[:24] + "." + LONG[:20]),
    ("secrets/platform-token", "sl" + ".u." + LONG[:140]),
    ("secrets/saas-api-token", "lin" + "_api_" + LONG[:40]),
    ("secrets/saas-api-token", "lin" + "_oauth_" + HEX64),
    ("secrets/saas-api-token", "fi" + "gd_" + LONG[:40]),
    ("secrets/saas-api-token", "CFP" + "AT-" + LONG[:43]),
    ("secrets/saas-api-token", "tf" + "p_" + LONG[:44] + "_" + LONG[:14]),
    ("secrets/saas-api-token", "pat" + "-na1-" + "9e8489b0-ac35-4e5f-aa87-0d0a7ba07a25"),
    ("secrets/saas-api-token", "ph" + "x_" + LONG[:47]),
    ("secrets/saas-api-token", "hb" + "p_" + LONG[:36]),
    ("secrets/saas-api-token", "AP" + "I-" + "21JDICK2SOU9JTQU9NJOZCUYJS"),
    ("secrets/saas-api-token", "SC" + "W" + "QKE3CMA809RBEALFP"),
    ("secrets/saas-api-token", "EA" + "A" + LONG[:180]),
])
def test_provider_token_formats_are_found(rule, value):
    assert found(f'TOKEN = "{value}"\n') == [(rule, value)]
    assert found(f"x: {value}\n") == [(rule, value)]


@pytest.mark.parametrize("text", [
    'OPENROUTER_API_KEY = "sk-' + 'or-v1-' + "0" * 64 + '"\n',
    'SONAR_TOKEN = "sq' + 'u_' + "x" * 40 + '"\n',
    'token = "sd' + 'k-00000000-0000-0000-0000-000000000000"\n',
    'path = "pat' + 'tern_matching_helpers.d.ts"\n',
    "import { oy2ImageLoader } from './oy2'\n",
    'KEY = "LT' + 'AIONLYUPPERCASEXYZW"\n',  # one case: not the mixed-case Alibaba id
    'fw = "r8' + '_' + "a" * 37 + '"\n',
    'url = "https://discord.com/api/webhooks/{webhook_id}/{webhook_token}"\n',
    'SLACK = "https://hooks.slack.com/workflows/T' + '00000000/A00000000/123456/XXXXXXXXXXXXXXXXXXXXXXXX"\n',
    'name = "secret' + '-manager-access-role-for-the-billing-service"\n',  # words, one case
    'POSTHOG_API_KEY = "ph' + 'c_' + LONG[:43] + '"\n',  # a project key: public by design
    'TX_HASH = "0x' + HEX64 + '"\n',
    'api_key = "0x' + HEX64 + '"\n',  # hex after 0x names a hash or address unless the name says private
    "client.setApiKey(apiKey);\n",
    'client.getApiKey("default");\n',
    'props.setProperty("password", "");\n',
    '<add key="SmtpPassword" value="${SMTP_PASSWORD}" />\n',
    'password = "correct-horse-battery"\n',
    'auth=("admin", os.environ["ADMIN_PASSWORD"])\n',
    "HTTPBasicAuth(user, password)\n",
    'session.auth = ("admin", "")\n',
    "#define PASSWORD_MIN_LEN 8\n",
    '#define API_KEY_HEADER "X-Api-Key"\n',
    "# define the secret key below\n",
    'variable "db_password" {\n  type = string\n}\nvariable "region" {\n  default = "eu-west-1"\n}\n',
    'variable "api_token" {\n  default = ""\n}\n',
    'RPC = "https://mainnet.infura.io/v3/" + project_id\n',
    "RPC=https://eth-mainnet.g.alchemy.com/v2/demo\n",
    'name = "secret' + '_key_base_for_the_rails_session_cookie_store_x"\n',  # one case: a name
    "src: url(data:font/woff2;base64,d09GMgABAAAAA" + "EAA" + "AADAAAAAAEaARoABwALAA8AABMHFRczNzUnBz" + "A" * 80 + ");\n",
    'API_ENDPOINT = "API-' + 'VERSION-2024-11-01-STABLE-XX"\n',
    'slug = "tskey-' + 'auth-docs-page-for-the-admin-console"\n',
])
def test_look_alikes_of_provider_formats_are_left_alone(text):
    assert found(text) == []


def test_chat_webhook_urls_are_credentials():
    discord = "https://discord.com" + "/api/webhooks/" + "5951528018186505515/" + B62 * 2
    teams = ("https://acme.webhook.office.com" + "/webhookb2/" + "48332e72-3812-409d-971d-68c7efe82800@"
             "f0cc8bc0-bf87-47fb-98eb-b2f72349dd66/IncomingWebhook/" + HEX40[:32] + "/48332e72-3812-409d-971d-68c7efe82801")
    gchat = ("https://chat.googleapis.com/v1/spaces/AAAA" + "Xk2qZ9w/messages?key=AIza" + LONG[:35] + "&token=" + B62 + "w9Qx%3D")
    slack = "https://hooks.slack.com" + "/workflows/T" + "RYVBUHP5/A" + "L0PCVOLOQR/439351096/" + LONG[:24]
    for url in (discord, teams, gchat, slack):
        text = f'const HOOK = "{url}";\n'
        assert [m.rule for m in scan_secrets(text)] in (["secrets/webhook-url"], ["secrets/slack-webhook-url"]), url


def test_firebase_server_key_is_found_after_its_sender_prefix():
    key = "AAAA" + "EXS1VDM:" + "APA91b" + (B62 * 4)[:134]
    assert found(f'FCM_SERVER_KEY = "{key}"\n') == [("secrets/firebase-server-key", key[12:])]


def test_firebase_client_config_api_key_is_public_but_a_maps_key_is_not():
    key = "AIza" + "Sy" + LONG[:33]
    assert found(f'firebaseConfig = {{ apiKey: "{key}", authDomain: "acme.firebaseapp.com" }}\n') == []
    assert found(f'"api_key": [{{ "current_key": "{key}" }}]\n') == []
    assert found(f'GOOGLE_MAPS_API_KEY = "{key}"\n') == [("secrets/gcp-api-key", key)]


def test_stripe_documented_sample_key_is_not_reported():
    assert found('stripe.api_key = "sk_' + 'test_4eC39HqLyjWDarjtT1zdp7dc"\n') == []
    assert found('stripe.api_key = "sk_' + 'test_' + LONG[:24] + '"\n') == [
        ("secrets/stripe-test-secret-key", "sk_test_" + LONG[:24])]


@pytest.mark.parametrize(("text", "value"), [
    ('token = "' + "CwY27F7kh79Pz6" + ".atlasv1." + B62 + LONG[:33] + '"\n', "CwY27F7kh79Pz6.atlasv1." + B62 + LONG[:33]),
    ('headers = {"Authorization": "SSWS ' + "00" + LONG[:40] + '"}\n', "00" + LONG[:40]),
    ('COSMOS_KEY = "' + B62 * 2 + LONG[:18] + '=="\n', B62 * 2 + LONG[:18] + "=="),
    ('PAGERDUTY_ROUTING_KEY = "R0' + HEX40[:30] + '"\n', "R0" + HEX40[:30]),
    ('client.setApiKey("' + LONG[:40] + '");\n', LONG[:40]),
    ('hcloud.NewClient(hcloud.WithToken("' + LONG[:64] + '"))\n', LONG[:64]),
    ("$mail->setPassword('Tr7!kq29Lm#x');\n", "Tr7!kq29Lm#x"),
    ('<add key="SmtpPassword" value="Tr7!kq29Lm#x" />\n', "Tr7!kq29Lm#x"),
    ("DEPLOYER_PRIVATE_KEY=0x" + HEX64 + "\n", "0x" + HEX64),
    ("password = cEuj*qtOmBdgXs#\n", "cEuj*qtOmBdgXs#"),  # random letters around a symbol: not a phrase
    ('requests.get(url, auth=("admin", "Tr7!kq29Lm#x"))\n', "Tr7!kq29Lm#x"),
    ('razorpay.Client(auth=("rzp_live_' + LONG[:14] + '", "' + LONG[:24] + '"))\n', LONG[:24]),
    ('s.auth = HTTPBasicAuth("admin", "Tr7!kq29Lm#x")\n', "Tr7!kq29Lm#x"),
    ('#define WIFI_PASSWORD "Tr7!kq29Lm#x"\n', "Tr7!kq29Lm#x"),
    ('const API_KEY: &str = "' + LONG[:24] + '";\n', LONG[:24]),
    ('variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "Tr7!kq29Lm#x"\n}\n', "Tr7!kq29Lm#x"),
    ("RPC=https://eth-mainnet.g.alchemy.com/v2/" + LONG[:32] + "\n", LONG[:32]),
    ("RPC=https://mainnet.infura.io/v3/" + HEX40[:32] + "\n", HEX40[:32]),
    ("requirepass Tr7!kq29Lm#x\n", "Tr7!kq29Lm#x"),
    ('    storePassword "Tr7!kq29Lm#x"\n', "Tr7!kq29Lm#x"),
    ("<key>StripeSecretKey</key>\n\t<string>" + LONG[:24] + "</string>\n", LONG[:24]),
    ('$env:API_TOKEN = "' + LONG[:24] + '"\n', LONG[:24]),
    ("aws configure set aws_secret_access_key " + LONG[:40] + "\n", LONG[:40]),
    ("set -x API_TOKEN " + LONG[:24] + "\n", LONG[:24]),
])
def test_generic_parser_new_names_shapes_and_values(text, value):
    assert [v for _rule, v in found(text)] == [value]


@pytest.mark.parametrize("text", [
    "secret_key = settings.SECRET_KEY\n",
    "token: config.auth.githubAccessTokenForTheReleaseBot\n",
    'primary_key = "tenant_id"\n',
    "server_key = self.server.public_key_fingerprint\n",
    "- Fixed a bug when sending authorization in headers with no username and\n  password present.\n",
    "password must be at least 12 characters\n",
    "  keyPassword keystoreProperties['keyPassword']\n",
    "<key>CFBundleName</key>\n<string>Acme</string>\n",
    "<key>API_KEY</key>\n<string>YOUR_API_KEY</string>\n",
    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-Tr7kq2\n",
    'aws configure set aws_secret_access_key "$AWS_SECRET_ACCESS_KEY"\n',
    "we set password policies per team\n",
    "offset token " + LONG[:24] + "\n",
])
def test_generic_parser_new_names_look_alikes(text):
    assert found(text) == []


# --------------------------------------------------------------------------- the providers corpus

PROVIDERS = Path(__file__).resolve().parents[2] / "fixtures" / "secrets-providers"
# documented formats and shapes the scanner does not find yet (no cheap anchor, no name, or the
# generic parser reads the value as a name): Fireworks fw_, Fly.io "FlyV1 fm2_", Braintree
# access_token$, a 52-character Azure DevOps PAT and an Asana PAT named *_PAT, Cohere's
# positional key, Adyen's key named xapikey, Twitch "oauth:" tokens, a YAML anchor, a "%s"
# inside a password, PHP's ['api', key] pair, a Go MySQL DSN without a scheme, a seed phrase
PROVIDER_MISSES = {
    ("secrets/ai-app/.env", 26), ("secrets/infra/fly.toml", 7),
    ("secrets/java/src/main/resources/application-prod.properties", 8), ("secrets/py/app/cloud.py", 9),
    ("secrets/py/app/integrations.py", 53),
    ("secrets/py/app/integrations.py", 59), ("secrets/scripts/smoke.sh", 22),
    ("secrets-2/saas/notebooks/explore.py", 9),
    ("secrets-2/saas/ops/values.yaml", 30), ("secrets-2/saas/php/wp-config.php", 12),
    ("secrets-2/saas/src/Main.java", 18), ("secrets-2/saas/src/server.go", 9),
    ("secrets-2/web3/.env.production", 11),
}
# a lookalike still reported: a Mixpanel project token is public but named like a secret
PROVIDER_FALSE_POSITIVES = [("secrets-2/saas/web/src/api.ts", 6, "secrets/generic-secret")]


def _labeled_lines(path: Path) -> set[int]:
    sidecar = path.with_name(path.name + ".expect")
    if sidecar.exists():
        return {int(x) for x in sidecar.read_text().split()}
    lines = path.read_text().splitlines()
    return {n + 1 for n, line in enumerate(lines, start=1) if line.strip().endswith("expect: secret")}


def test_providers_corpus_every_label_found_and_nothing_else():
    """tests/fixtures/secrets-providers (make_corpus.py), scored as bench/rules_quality.py does:
    a finding covering a labeled line finds it; one covering none is a false positive."""
    covered, labeled, spurious = set(), set(), []
    for path in sorted(PROVIDERS.glob("secrets*/**/*")):
        if not path.is_file() or path.name.endswith(".expect"):
            continue
        rel = path.relative_to(PROVIDERS).as_posix()
        text = path.read_text()
        labels = {(rel, n) for n in _labeled_lines(path)}
        labeled |= labels
        for m in scan_secrets(text):
            first = text.count("\n", 0, m.start) + 1
            lines = {(rel, n) for n in range(first, text.count("\n", 0, m.end) + 2)}
            covered |= lines & labels
            if not lines & labels:
                spurious.append((rel, first, m.rule))
    assert len(labeled) > 250
    assert labeled - covered == PROVIDER_MISSES
    assert spurious == PROVIDER_FALSE_POSITIVES



def test_sealed_secret_ciphertext_is_not_a_password():
    cipher = "AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq" + (LONG + "+/") * 8
    text = ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n"
            f"  encryptedData:\n    password: {cipher}\n")
    assert found(text) == []
    assert found(f"password: {cipher}\n") != []  # without the SealedSecret kind it is judged as usual


def test_openvpn_static_key_is_a_private_key():
    block = ("-----BEGIN OpenVPN " + "Static key V1-----\n" + (HEX40[:32] + "\n") * 16
             + "-----END OpenVPN " + "Static key V1-----\n")
    assert found("# 2048 bit OpenVPN static key\n" + block) == [("secrets/private-key", block.rstrip("\n"))]
