"""The egress gate and masking, unit by unit: real paths, default excludes, whole-file masking
on suspicion, offsets mapped back, and a finding quoting masked text landing on real code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postil.analyzers.llm.anchor import anchor
from postil.analyzers.llm.answer_schema import RawFinding
from postil.gate.egress import EgressGate, Refused
from postil.gate.redact import MASK_OPEN, mask, redact
from tests.gate.planted import (
    B64_NEUTRAL,
    HEX40,
    KEY_BLOCK,
    KEY_LINES,
    SEED,
    URL_PASSWORD,
)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    (ws / "app").mkdir(parents=True)
    (ws / "secrets").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "passwd.py").write_text("OUTSIDE = 1\n")
    (ws / "secrets" / "vault.py").write_text("VAULT = 1\n")
    (ws / "app" / "ok.py").write_text("def ok():\n    return 1\n")
    os.symlink(tmp_path / "outside" / "passwd.py", ws / "app" / "passwd.py")
    os.symlink("../secrets/vault.py", ws / "app" / "link.py")
    os.symlink("ok.py", ws / "app" / "alias.py")
    return ws


def test_a_file_inside_the_workspace_is_released_masked(workspace):
    gate = EgressGate(workspace)
    assert gate.refusal(workspace / "app" / "ok.py") is None
    assert gate.refusal("app/ok.py") is None
    released = gate.release("app/ok.py")
    assert released.rel == "app/ok.py" and released.text == "def ok():\n    return 1\n"
    assert gate.refusal("app/alias.py") is None  # a link inside to an allowed file


def test_links_out_of_the_workspace_and_to_excluded_files_are_refused(workspace):
    gate = EgressGate(workspace)
    reason = gate.refusal(workspace / "app" / "passwd.py")
    assert reason is not None and "outside the workspace" in reason
    with pytest.raises(Refused, match="outside the workspace"):
        gate.release("app/passwd.py", "OUTSIDE = 1\n")  # even with the text in hand
    reason = gate.refusal("app/link.py")
    assert reason == "app/link.py is excluded from what is sent (it links to secrets/vault.py)"
    assert gate.refusal(workspace.parent / "outside" / "passwd.py") is not None
    assert gate.refusal("../outside/passwd.py") is not None


@pytest.mark.parametrize("rel", [
    ".env", ".env.production", "config/.env.local", "certs/server.pem", "deploy/tls.key", "store.p12", "cert.pfx",
    "home/.ssh/id_rsa", "id_ed25519.pub", "vault.kdbx", "secrets/db.py", "a/secrets/b/c.yaml", ".git/config",
    ".postil/index/catalog.sqlite3",
])
def test_default_excludes(workspace, rel):
    assert EgressGate(workspace).excluded(rel)
    assert EgressGate(workspace).refusal(rel) is not None


def test_configured_excludes_add_and_bang_patterns_re_include_a_default(workspace):
    gate = EgressGate(workspace, ["app/private.py", "!*.key"])
    assert gate.excluded("app/private.py") and not gate.excluded("app/public.py")
    assert not gate.excluded("tls.key") and gate.excluded("tls.pem")


def test_for_workspace_reads_every_exclude_key(workspace):
    (workspace / ".postil.toml").write_text(
        'exclude = ["gen/"]\n[llm]\nexclude = ["app/private.py"]\nredact-patterns = ["ACME-\\\\d+"]\n'
        '[index]\nexclude = ["docs/"]\n')
    gate = EgressGate.for_workspace(workspace)
    assert gate.excluded("gen/x.py") and gate.excluded("app/private.py") and gate.excluded("docs/a.md")
    assert gate.release("app/ok.py", "id = 'ACME-42'\n").text == f"id = '{MASK_OPEN}:pattern\u00bb'\n"


def test_a_key_block_above_a_function_is_masked_line_by_line_before_any_cut():
    source = f'KEY = """{KEY_BLOCK}"""\n\n\ndef sign(data):\n    return hmac(KEY, data)\n'
    masked = mask(source)
    assert masked.text.count("\n") == source.count("\n")  # line numbers stay the file's
    for line in KEY_LINES:
        assert line not in masked.text
    # the window a prompt cuts ("lines before" the function) holds only masks
    window = "\n".join(masked.text.split("\n")[2:9])
    assert not any(line in window for line in KEY_LINES) and MASK_OPEN in window


def test_key_body_lines_are_masked_even_without_their_begin_or_end_line():
    headless = "\n".join(KEY_LINES) + "\n-----END RSA " + "PRIVATE KEY-----\n"
    tailless = "-----BEGIN RSA " + "PRIVATE KEY-----\n" + "\n".join(KEY_LINES[:3]) + "\n"
    bare = "x = 1\n" + KEY_LINES[1] + "\n"
    for text in (headless, tailless, bare):
        out = mask(text).text
        assert not any(line in out for line in KEY_LINES), out


def test_suspected_values_are_masked_where_the_detector_reports_nothing():
    source = (f'blob = "{HEX40}"\n'  # neutral name, long hex
              f'payload = "{B64_NEUTRAL}"\n'
              f'seed = "{SEED}"\n'
              f'DSN = "postgres://app:{URL_PASSWORD}@db.example.com/app"\n'
              f'mirror = "https://ci:{URL_PASSWORD}@mirror.test/simple"\n')
    out = mask(source).text
    for value in (HEX40, B64_NEUTRAL, SEED, URL_PASSWORD):
        assert value not in out, out
    assert out.count("\n") == 5 and "db.example.com" in out


def test_env_style_files_mask_every_value():
    text = f"SEED={SEED}\nDEBUG=true\n# comment\nexport NAME='plain words'\n"
    out = mask(text, path="deploy/.env.staging").text
    assert SEED not in out and "true" not in out and "plain words" not in out and "# comment" in out
    assert "DEBUG=true" in mask(text, path="settings.py").text  # not an env file: only suspicion


def test_ordinary_code_is_left_alone_and_masking_is_idempotent():
    code = ("def compute_signature_v2(payload, session):\n"
            "    path = 'postil/analyzers/rules/secrets.py'\n"
            "    return hashlib.sha256(payload).hexdigest()  # token bucket\n")
    assert mask(code).text == code
    once = mask(f'token = "{HEX40}"\n{KEY_BLOCK}\n').text
    assert redact(once) == (once, 0)


def test_masked_offsets_map_back_to_the_original():
    source = f'a = 1\ntoken = "{HEX40}"\nb = 2\n'
    masked = mask(source)
    m_start = masked.text.index(MASK_OPEN)
    m_end = masked.text.index("\u00bb") + 1
    assert masked.original_offset(m_start) == source.index(HEX40)
    assert masked.original_offset(m_end, end=True) == source.index(HEX40) + len(HEX40)
    after = masked.text.index("b = 2")
    assert masked.original_offset(after) == source.index("b = 2")


def test_a_finding_quoting_masked_text_lands_on_the_real_code():
    source = f'def connect():\n    token = "{HEX40}"\n    return client(token)\n'
    masked = mask(source)
    quoted = masked.text.split("\n")[1].strip()
    assert MASK_OPEN in quoted
    raw = [RawFinding(existing_code=quoted, improved_code='token = os.environ["TOKEN"]', message="hard-coded token",
                      severity="warning", category="security", confidence=0.9),
           RawFinding(existing_code=quoted, improved_code=quoted.replace("token", "tok"), message="rename",
                      severity="info", category="style", confidence=0.9)]
    report = anchor(raw, source, masked=masked, path="app.py", fingerprint_path="app.py", language="python",
                    reviewed=(0, len(source)))
    assert len(report.findings) == 2
    first, second = report.findings
    assert first.span.start_line == 1 and first.fix is not None
    assert HEX40 not in first.fix.edits[0].new_text  # the fix replaces the secret, it does not copy it
    assert second.fix is None and second.metadata["fix_withheld"] == "the fix contains masked text"
    assert anchor(raw, source, path="app.py", fingerprint_path="app.py", language="python",
                  reviewed=(0, len(source))).findings == []  # without the map it cannot land


def test_an_invalid_redact_pattern_stops_with_one_clear_line(workspace):
    from postil.config import ConfigError

    with pytest.raises(ConfigError, match=r"\[llm\] redact-patterns: '\(unclosed' is not a valid regular expression"):
        EgressGate(workspace, redact_patterns=["(unclosed"])


# A project's own secret formats: no built-in detector or suspicion masks these values
# (lower-case letters only, no digits, under a neutral name), only the user's rules do.
TENANT_ID = "ACMEID-" + "qwhvbnzkrtplsdgfmcxy"
OPS_KEY = "opskey_" + "mnbvcxzlkjhgfdsapoiu"
GITLEAKS_OPS = """
[[rules]]
id = "ops-key"
description = "Ops key"
regex = '''opskey_[a-z]{20}'''
keywords = ["opskey_"]
"""


def test_user_secret_rules_and_gitleaks_rules_are_masked(workspace):
    source = f'tenant = "{TENANT_ID}"\nops = "{OPS_KEY}"\n'
    assert mask(source).text == source  # nothing built in finds them
    (workspace / "gitleaks.toml").write_text(GITLEAKS_OPS)
    (workspace / ".postil.toml").write_text(
        'gitleaks-rules = "gitleaks.toml"\n'
        '[[secret-rules]]\nid = "acme-tenant"\nregex = "ACMEID-[a-z]{20}"\nkeywords = ["acmeid-"]\n')
    gate = EgressGate.for_workspace(workspace)
    out = gate.release("app/ok.py", source).text
    assert TENANT_ID not in out and OPS_KEY not in out, out
    assert "redacted:secrets/custom/acme-tenant" in out and "redacted:secrets/gitleaks/ops-key" in out


def test_a_broken_user_secret_rule_does_not_stop_the_others_from_masking(workspace):
    (workspace / ".postil.toml").write_text(
        '[[secret-rules]]\nid = "broken"\nregex = "acme_["\nkeywords = ["acme"]\n'
        '[[secret-rules]]\nid = "acme-tenant"\nregex = "ACMEID-[a-z]{20}"\nkeywords = ["acmeid-"]\n')
    out = EgressGate.for_workspace(workspace).release("app/ok.py", f'tenant = "{TENANT_ID}"\n').text
    assert TENANT_ID not in out
