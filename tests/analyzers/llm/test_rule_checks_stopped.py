"""When the reviewer's rule checks are stopped (in the server they run in its check process,
killed past its bound on a document a rule is stuck on: postil.server.reviewer_rules), Explain
and Fix go on: the user is told once which file's check was stopped and what to do, the model is
asked without the rules' findings, and a fix the rules could not vet is refused, saying why."""

from __future__ import annotations

from fake_provider import Reply, finding
from test_llm_review import checkout_unit, make, workspace  # noqa: F401 - the fixture

from postil.analyzers.llm.rule_checks import InProcessRules, RulesStopped

WHY = "the rules' check of service.py was stopped: ...; leave the file out with `exclude`"


class StoppedRules(InProcessRules):
    """The rule checks of a text the rules get stuck on: each is stopped."""

    def __init__(self) -> None:
        super().__init__()
        self.stopped: list[str] = []

    def findings(self, path, text):
        self.stopped.append("findings")
        raise RulesStopped(WHY)

    def vet(self, path, text, edits):
        self.stopped.append("vet")
        raise RulesStopped(WHY)


def test_explain_and_fix_go_on_and_say_what_was_stopped(workspace, fake):  # noqa: F811
    said: list[str] = []
    reviewer = make(workspace, fake)
    reviewer.rules, reviewer.on_message = StoppedRules(), said.append
    fake.script.append(Reply(payload={"markdown": "Sums the cart."}))
    assert reviewer.explain(checkout_unit(workspace)) == "Sums the cart."
    assert said == [f"postil: {WHY}; the model was asked without the rules' findings"]

    fake.answer(finding("    if discount > 1:", "use >=", improved="    if discount >= 1:"))
    withheld = reviewer.fix(checkout_unit(workspace), "discount of exactly 1 ignored")
    assert withheld.fix is None and withheld.metadata["fix_withheld"] == f"the rules could not vet it: {WHY}"
    assert reviewer.rules.stopped == ["findings", "findings", "vet"] and len(fake.received) == 2
    assert len(said) == 1  # said once


def test_the_cli_checks_with_its_own_rules(workspace, fake):  # noqa: F811
    """Without a port of its own (the CLI), the reviewer vets a fix with the rules in its process."""
    reviewer = make(workspace, fake)
    assert type(reviewer.rules) is InProcessRules
    fake.answer(finding("    if discount > 1:", "use >=", improved="    if discount >= 1:\n        eval(cart)"))
    withheld = reviewer.fix(checkout_unit(workspace), "discount of exactly 1 ignored")
    assert withheld.fix is None and "eval" in withheld.metadata["fix_withheld"]
