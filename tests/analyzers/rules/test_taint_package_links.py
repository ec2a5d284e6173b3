"""A package's `__init__.py` is read for the names it re-exports only where that may matter (see
taint_package_links): the gates of a file that reads request data take `from helpers import get_param` to
`helpers/source.py`; a library's files (a bulk scan found request data nowhere), and a file the scan found
no request data in, are not followed, and no `__init__.py` is read for them; a call the engine asks about is."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.rules.taint_modules import Workspace
from postil.analyzers.rules.taint_scanned import ScannedProbes

SOURCE = "def get_param(req, name):\n    return req.args.get(name)\n"
VIEW = "from helpers import get_param\n\n\ndef view(request):\n    return get_param(request, 'q')\n"
REQUEST = "request-probe"


def _link(tmp_path: Path, found: set[str] | None, any_request: bool):
    """The link of `views.py`, after a bulk scan that found ``found`` there (None: no scan), and the
    `__init__.py` files read for re-exports (counted)."""
    for name, text in {"helpers/source.py": SOURCE, "helpers/__init__.py": "from .source import get_param\n",
                       "views.py": VIEW}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    workspace = Workspace(tmp_path)
    view = workspace.graph.real((tmp_path / "views.py").absolute())
    if found is not None:
        workspace.scanned = ScannedProbes({view: (workspace.text(view)[1], frozenset(found))}, requests=frozenset({REQUEST}),
                                          any_request=any_request)
    asked = []
    reexports = workspace.graph.package_reexports
    origin = reexports.origin
    reexports.origin = lambda *args: asked.append(args[0].name) or origin(*args)
    return workspace.link(view, VIEW, "python"), asked, tmp_path.resolve() / "helpers" / "source.py"


@pytest.mark.parametrize("found, any_request", [(None, True), ({REQUEST}, True)])
def test_a_file_reading_a_request_gates_on_the_module_the_package_names(tmp_path: Path, found, any_request):
    link, asked, source = _link(tmp_path, found, any_request)
    assert source in link.targets()
    assert asked == ["__init__.py"]


@pytest.mark.parametrize("found, any_request", [(set(), False), (set(), True)])
def test_a_library_or_a_file_without_request_data_reads_no_package(tmp_path: Path, found, any_request):
    link, asked, source = _link(tmp_path, found, any_request)
    assert source not in link.targets()
    assert asked == []


def test_a_call_the_engine_asks_about_is_the_module_s_function(tmp_path: Path):
    link, asked, source = _link(tmp_path, set(), False)
    assert link.resolve("get_param") == (source, "get_param")
    assert link.resolve("get_param") == (source, "get_param")
    assert asked == ["__init__.py"]  # (once a link)
