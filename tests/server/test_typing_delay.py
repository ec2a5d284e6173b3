"""How long the server waits after a keystroke before checking (run = onType)."""



from postil.config.editor import Settings
from postil.server import diagnostics
from postil.server.session import DocumentState, Session


def _session(**settings) -> Session:
    session = Session.__new__(Session)  # no executor or event loop needed for this
    session.settings, _ = Settings.parse(settings)
    session.documents = {"file:///a.py": DocumentState("file:///a.py")}
    return session


def test_default_checks_at_once_while_checks_are_fast():
    session = _session()
    session.documents["file:///a.py"].lint_seconds = 0.012
    assert diagnostics.typing_delay(session, "file:///a.py") == 0.0
    assert diagnostics.typing_delay(session, "file:///never-opened.py") == 0.0


def test_a_slow_document_waits_as_long_as_its_last_check_took_up_to_a_bound():
    session = _session()
    session.documents["file:///a.py"].lint_seconds = 0.2
    assert diagnostics.typing_delay(session, "file:///a.py") == 0.2
    session.documents["file:///a.py"].lint_seconds = 3.0
    assert diagnostics.typing_delay(session, "file:///a.py") == diagnostics.SLOW_DELAY


def test_debounce_ms_is_an_opt_in_fixed_delay():
    session = _session(debounceMs=300)
    assert diagnostics.typing_delay(session, "file:///a.py") == 0.3
    session = _session(debounceMs=None)  # VS Code sends null for the default
    assert session.settings.debounce_ms is None
