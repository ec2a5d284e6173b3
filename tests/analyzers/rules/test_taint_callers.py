"""A method of the project's own class whose parameter reaches a sink is reported at that sink,
in its own file, where another file of the project calls it with request data (issue 31): a
NestJS controller handing `@Query('q') q` to `this.ordersService.search(q)`, an Express router
calling `reports.read(req.params.name)` on an instance of a service class, a ThinkJS controller's action handing
`this.post()`'s fields to a service's `exports.logComment`. Calls with constants,
parsed numbers or a parameterised query stay quiet. A check of the tree reports each flow once, at
the sink (through the CLI: a bulk scan); a file checked alone (the editor, a staged review) also
warns at a call handing request data to a module that is not checked with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.config import load_config
from tests.analyzers.rules.labelled_projects import copied_project, expected, reported_alone

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "taint_callers"


@pytest.fixture
def project(tmp_path) -> Path:
    return copied_project(FIXTURES, tmp_path)


FILES = sorted(p.relative_to(FIXTURES) for p in FIXTURES.rglob("*") if p.suffix in {".js", ".ts"})


@pytest.mark.parametrize("name", FILES, ids=str)
def test_the_sink_of_a_method_called_with_request_data_is_reported_in_its_own_file(project, name):
    path = project / name
    checker = Checker(load_config(path))
    found = {f.span.end_line + 1 for f in checker.check_text(path, path.read_text()) if "/tainted-" in f.rule}
    assert found == expected(path) | reported_alone(path)


def test_a_bulk_check_of_the_tree_reports_the_same_sinks(project, postil):
    result = postil("check", ".", "--format", "json", "--exit-zero", cwd=project)
    found = {(f["path"], f["end_line"]) for f in result.json["findings"] if "/tainted-" in f["rule"]}
    assert found == {(str(name), line) for name in FILES for line in expected(project / name)}


def test_a_change_to_a_caller_changes_the_findings_of_the_module_it_calls(project):
    """The service's findings follow its controller's calls: once the controller stops passing the
    request's text (a parsed number instead), the service's sink is quiet; and the controller is
    known as a file whose change may change the service's findings (the editor checks it again)."""
    service = project / "nest/src/files/files.service.ts"
    controller = project / "nest/src/files/files.controller.ts"
    checker = Checker(load_config(service))

    def sinks() -> set[int]:
        return {f.span.end_line + 1 for f in checker.check_text(service, service.read_text()) if "/tainted-" in f.rule}

    assert sinks() == expected(service)
    assert service.resolve() in checker.modules.importers_of(controller.resolve())
    controller.write_text(controller.read_text().replace("this.files.streamRaw(name)", "this.files.streamRaw(String(Number(name)))"))
    assert sinks() == set()


def test_a_link_near_a_module_is_not_read_as_a_caller(tmp_path: Path):
    """The files near a module are the project's own: a link among them (perhaps to a file out of
    the project) is not followed, as a linked directory is not."""
    from postil.analyzers.rules.taint_callers import near_files

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.js").write_text("req.query.x\n")
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    (project / "src" / "service.js").write_text("module.exports = {}\n")
    (project / "src" / "controller.js").write_text("req.query.q\n")
    (project / "src" / "linked.js").symlink_to(outside / "secret.js")
    assert near_files(project / "src", project) == [project / "src" / "controller.js", project / "src" / "service.js"]
