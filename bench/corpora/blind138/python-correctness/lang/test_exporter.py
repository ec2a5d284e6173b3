"""Snapshot tests for the report exporter (pytest-snapshot, pytest-mock)."""
import pathlib

import pytest

from reports.exporter import export_csv, export_summary, resolve_output


@pytest.fixture
def rows():
    return [{"id": 1, "total": "9.50"}, {"id": 2, "total": "3.10"}]


def test_export_csv_home_dir(mocker, snapshot, rows, tmp_path):
    mocker.patch("pathlib.Path", lambda *a: tmp_path.joinpath(*a))
    out = export_csv(rows)
    # expect: snapshot-after-path-patch
    snapshot.assert_match(out, "export.csv")


def test_export_summary_exists(mocker, snapshot, rows):
    mocker.patch.object(pathlib.Path, "exists", lambda self: True)
    summary = export_summary(rows)
    # expect: snapshot-after-path-patch
    snapshot.assert_match(summary, "summary.txt")


def test_resolve_output(mocker, snapshot):
    mocker.patch.object(pathlib.Path, "home", lambda: pathlib.Path("/home/tester"))
    target = resolve_output("weekly")
    assert target.name == "weekly.csv"
    # expect: snapshot-after-path-patch
    snapshot.assert_match(str(target), "weekly_path.txt")


def test_export_csv(snapshot, rows):
    snapshot.assert_match(export_csv(rows), "export_plain.csv")


def test_output_name_only(mocker):
    mocker.patch.object(pathlib.Path, "mkdir")
    assert resolve_output("daily").suffix == ".csv"


def test_summary_with_patched_clock(mocker, snapshot, rows):
    mocker.patch("reports.exporter.now", return_value="2024-01-01")
    snapshot.assert_match(export_summary(rows), "summary_clock.txt")
