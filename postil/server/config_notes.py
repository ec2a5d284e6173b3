"""Settings that silently do nothing (``Checker.notes``: a ``select`` leaving out the rules
``rule-dirs`` adds, or every model finding while a provider is configured), for the editor:
listed in ``postil.showStatus`` and shown once each as a ``window/showMessage`` warning. The
check process tells them of its checkers (``config_facts``)."""

from __future__ import annotations

from postil.server import config_facts, trust_notice


def current(ls) -> list[str]:
    """Every distinct note for the configs the server has loaded so far."""
    session = ls.session
    facts = config_facts.current(session)
    reviews = getattr(session, "reviews", None)
    notes: list[str] = []
    for checker in facts.checkers if facts is not None else ():
        folder = reviews.folder_for(checker.root) if reviews is not None else None
        provider = folder.provider if folder is not None and folder.reviewer is not None else "none"
        notes.extend(checker.notes(provider))
    return list(dict.fromkeys(notes))


def announce(ls) -> None:
    """Show each note not shown yet (event loop only)."""
    for note in current(ls):
        trust_notice.announce(ls, f"postil: {note}")
