"""Snapshot tests of the report renderer (pytest-snapshot + pytest-mock)."""
import pathlib
from pathlib import Path

import pytest

from reports import render


class FakePath:
    def __init__(self, *parts):
        self.parts = parts

    def read_text(self, encoding="utf-8"):
        return "title: Quarterly\n"


def test_render_with_fake_filesystem(mocker, snapshot):
    mocker.patch("pathlib.Path", FakePath)
    html = render.render_report("q3.yaml")
    # expect: snapshot-after-path-patch
    snapshot.assert_match(html, "q3.html")


def test_render_reads_template(mocker, snapshot):
    fake_read = mocker.Mock(return_value="<h1>{{ title }}</h1>")
    mocker.patch.object(pathlib.Path, "read_text", fake_read)
    output = render.render_report("q4.yaml")
    # expect: snapshot-after-path-patch
    snapshot.assert_match(output, "q4.html")


def test_render_when_template_missing(mocker, snapshot):
    mocker.patch.object(Path, "exists", return_value=False)
    snapshot.snapshot_dir = "snapshots/missing"
    # expect: snapshot-after-path-patch
    snapshot.assert_match(render.render_report("none.yaml"), "fallback.html")


@pytest.mark.parametrize("name", ["a.yaml", "b.yaml"])
def test_render_many(mocker, snapshot, name):
    mocker.patch.object(pathlib.Path, "is_file", lambda self: True)
    for suffix in ("html", "txt"):
        # expect: snapshot-after-path-patch
        snapshot.assert_match(render.render_report(name, fmt=suffix), f"{name}.{suffix}")


def test_render_patches_module_name(mocker, snapshot):
    mocker.patch("reports.render.Path", FakePath)
    snapshot.assert_match(render.render_report("q3.yaml"), "q3-local.html")


def test_render_from_tmp_path(tmp_path, snapshot):
    source = tmp_path / "q1.yaml"
    source.write_text("title: Q1\n", encoding="utf-8")
    snapshot.assert_match(render.render_report(str(source)), "q1.html")
