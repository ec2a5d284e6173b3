"""JavaScript findings on a call given something made a few lines up run from where it was made:
a vm2 VM built with its sandbox, then told to run code; gRPC credentials made insecure, then given
to a client; Intercom settings that name the user, then booted. Semgrep's registry starts these
matches at the statement that makes the thing (`$VM = new VM(...); ... $VM.run($CODE)`), a
reviewer of the call points at the call: the range covers both, and the message names no text
built."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import load_config

SCRIPTS = """\
const { VM } = require('vm2');

function runFormula(formula, row) {
  const vm = new VM({ timeout: 100, sandbox: { row } });
  return vm.run(formula);
}

function runPlugin(plugin) {
  return new VM({ timeout: 100 }).run(plugin.source);
}
"""

CHANNELS = """\
const grpc = require('@grpc/grpc-js');
const { ReportsClient } = require('./generated/reports_grpc_pb');

const plaintext = grpc.credentials.createInsecure();
const reports = new ReportsClient(process.env.REPORTS_ADDR, plaintext);

const billing = new BillingClient(process.env.BILLING_ADDR, grpc.credentials.createInsecure());
"""

MESSENGER = """\
function startMessenger(customer) {
  const settings = { app_id: 'x1y2z3', user_id: customer.id, name: customer.name };
  if (customer.locale) settings.language_override = customer.locale;
  window.Intercom('boot', settings);
}
"""


def _ranges(tmp_path, name: str, text: str, rule: str) -> list[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text)
    lines = text.splitlines()
    report = Checker(load_config(path)).check_file(path)
    found = [f for f in report.findings if f.rule == rule]
    assert all("built at line" not in f.message for f in found)
    return sorted((lines[f.span.start_line].strip(), lines[f.span.end_line].strip()) for f in found)


def test_a_vm2_run_is_reported_from_the_vm_it_runs_in(tmp_path):
    assert _ranges(tmp_path, "rules.js", SCRIPTS, "js/security/vm2-run-request-input") == [
        ("const vm = new VM({ timeout: 100, sandbox: { row } });", "return vm.run(formula);"),
        ("return new VM({ timeout: 100 }).run(plugin.source);", "return new VM({ timeout: 100 }).run(plugin.source);"),
    ]


def test_insecure_grpc_credentials_made_ahead_are_reported_from_where_they_are_made(tmp_path):
    assert _ranges(tmp_path, "clients.js", CHANNELS, "js/security/grpc-insecure-credentials") == [
        ("const billing = new BillingClient(process.env.BILLING_ADDR, grpc.credentials.createInsecure());",
         "const billing = new BillingClient(process.env.BILLING_ADDR, grpc.credentials.createInsecure());"),
        ("const plaintext = grpc.credentials.createInsecure();",
         "const reports = new ReportsClient(process.env.REPORTS_ADDR, plaintext);"),
    ]


def test_intercom_settings_made_ahead_are_reported_from_where_they_name_the_user(tmp_path):
    assert _ranges(tmp_path, "messenger.js", MESSENGER, "js/security/intercom-identity-not-verified") == [
        ("const settings = { app_id: 'x1y2z3', user_id: customer.id, name: customer.name };",
         "window.Intercom('boot', settings);"),
    ]
