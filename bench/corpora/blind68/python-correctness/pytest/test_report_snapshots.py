import pathlib
from pathlib import Path

import pytest

from reports.render import render_monthly_report, render_summary
from reports import storage


@pytest.fixture
def report_data():
    return {"month": "2024-05", "orders": 812, "revenue": "10412.50"}


def test_monthly_report_uses_home_dir(mocker, snapshot, report_data, tmp_path):
    mocker.patch("pathlib.Path", lambda *parts: tmp_path.joinpath(*parts))
    html = render_monthly_report(report_data)
    snapshot.snapshot_dir = "snapshots"
    # expect: patched-path-snapshot
    snapshot.assert_match(html, "monthly_report.html")


def test_summary_when_cache_missing(mocker, snapshot, report_data):
    mocker.patch.object(pathlib.Path, "exists", lambda self: False)
    text = render_summary(report_data)
    snapshot.snapshot_dir = "snapshots"
    # expect: patched-path-snapshot
    snapshot.assert_match(text, "summary_no_cache.txt")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_filename(mocker, snapshot, fmt, report_data, tmp_path):
    mocker.patch.object(pathlib.Path, "home", lambda: tmp_path)
    exported = storage.export(report_data, fmt=fmt)
    snapshot.snapshot_dir = "snapshots"
    # expect: patched-path-snapshot
    snapshot.assert_match(
        exported.read_text(),
        f"export.{fmt}",
    )


def test_summary_read_only(mocker, snapshot, report_data):
    mocker.patch.object(Path, "write_text", lambda self, data: len(data))
    snapshot.snapshot_dir = "snapshots"
    # expect: patched-path-snapshot
    snapshot.assert_match(render_summary(report_data), "summary_read_only.txt")


def test_summary_plain(snapshot, report_data):
    snapshot.snapshot_dir = "snapshots"
    snapshot.assert_match(render_summary(report_data), "summary.txt")


def test_monthly_report_storage_patched(mocker, snapshot, report_data, tmp_path):
    mocker.patch("reports.storage.Path", return_value=tmp_path / "out.html")
    snapshot.snapshot_dir = "snapshots"
    snapshot.assert_match(render_monthly_report(report_data), "monthly_report_storage.html")


def test_export_path_patch_scoped(mocker, report_data, tmp_path):
    mocker.patch.object(pathlib.Path, "home", lambda: tmp_path)
    assert storage.export(report_data, fmt="csv").parent == tmp_path
