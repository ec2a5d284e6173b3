"""bind-all-interfaces names a literal a file must hold in each of its forms (a quoted `0.0.0.0` or
`::`, or a socket's `.bind((`), so a library that only says `bind`, `run` or `host` (SQLAlchemy's
`engine.bind`, `conn.run`) is not given it: with the empty host asked of every use of a module
constant, the rule went to every file of SQLAlchemy's lib/ (+12% of the bulk check's CPU)."""

from __future__ import annotations

from postil.analyzers.rules.builtin_packs import builtin_rules_for
from postil.analyzers.rules.literal_prefilter import LiteralIndex, requirement_met

RULE = "python/security/bind-all-interfaces"
LIBRARY = ('DEFAULT = ""\n\nclass Session:\n    def __init__(self, bind=None, host=None):\n'
           '        self.bind = bind\n        self.address = host or DEFAULT\n\n'
           '    def run(self, listen=False):\n        return self.bind.run(self.address, listen)\n')
BINDING = {
    "empty host, socket": 'import socket\nHOST = ""\ns = socket.socket()\ns.bind((HOST, 8000))\n',
    "every address, constant": 'ADDR = "0.0.0.0"\napp.run(host=ADDR)\n',
    "IPv6 every address": 'LISTEN_ON = "::"\nuvicorn.run(app, host=LISTEN_ON)\n',
}


def _rule():
    return next(r for r in builtin_rules_for("python") if r.id == RULE)


def test_a_library_saying_bind_run_and_host_does_not_meet_the_rule_s_literals():
    rule = _rule()
    assert not requirement_met(rule.requirement, LiteralIndex([rule]).present(LIBRARY))


def test_each_form_the_rule_reports_meets_them():
    rule = _rule()
    index = LiteralIndex([rule])
    assert [name for name, text in BINDING.items() if not requirement_met(rule.requirement, index.present(text))] == []
