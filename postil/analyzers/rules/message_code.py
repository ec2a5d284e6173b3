"""The code a rule's message brings in through ``$VAR``, shown up to a bound.

ast-grep fills a message's metavariables with the matched code whole. A file can nest the
code a rule matches (`Object.assign(this, JSON.parse(Object.assign(this, JSON.parse(...))))`):
each level is a finding whose message holds every level inside it, so a 200 KB file gave 21 MB
of messages (the editor's diagnostics, `--format json`) and a 900 KB one 2.1 GB of memory.
Each piece of code is cut to :data:`SHOWN_CHARS`, as a taint message shows where data entered.
The message is cut by its template (the text between the metavariables), so the rules run in
process and those ast-grep's CLI ran (which fills the message itself) say the same.
"""

from __future__ import annotations

from postil.analyzers.rules.fixes import METAVAR

SHOWN_CHARS = 200  # characters of one metavariable's code in a message, "..." included


def _shown(code: str, limit: int = SHOWN_CHARS) -> str:
    return code if len(code) <= limit else code[: limit - 3] + "..."


def shown_message(message: str, template: str) -> str:
    """``message`` (``template`` filled in) with each metavariable's code cut to
    :data:`SHOWN_CHARS`; unchanged when it holds no longer code. A message that is not the
    template's is cut as a whole to what the template's pieces of code may add up to."""
    literals = METAVAR.split(template)[::3]  # (split yields each match's two groups between the texts)
    bound = sum(map(len, literals)) + SHOWN_CHARS
    if len(literals) == 1 or len(message) <= bound:
        return message
    out, at = [literals[0]], len(literals[0])
    end = len(message) - len(literals[-1])
    if not (message.startswith(literals[0]) and message.endswith(literals[-1])) or end < at:
        return _shown(message, bound + (len(literals) - 2) * SHOWN_CHARS)
    for literal in literals[1:-1]:
        found = message.find(literal, at, end)
        if found < 0:
            return _shown(message, bound + (len(literals) - 2) * SHOWN_CHARS)
        out += [_shown(message[at:found]), literal]
        at = found + len(literal)
    out += [_shown(message[at:end]), literals[-1]]
    return "".join(out)
