"""Snapshot tests of the report exporter (pytest-snapshot, pytest-mock)."""
import pathlib
from unittest import mock

import pytest

from reports.export import export_csv, export_summary, render_html


@pytest.fixture
def sample_rows():
    return [{"region": "north", "total": 120}, {"region": "south", "total": 95}]


def test_csv_export_without_disk(mocker, snapshot, sample_rows):
    mocker.patch("pathlib.Path", autospec=True)
    output = export_csv(sample_rows)
    snapshot.snapshot_dir = "snapshots"
    # expect: snapshot-after-path-patch
    snapshot.assert_match(output, "report.csv")


def test_summary_when_template_missing(mocker, snapshot, sample_rows):
    mocker.patch.object(pathlib.Path, "exists", return_value=False)
    summary = export_summary(sample_rows)
    snapshot.snapshot_dir = "snapshots"
    # expect: snapshot-after-path-patch
    snapshot.assert_match(summary, "summary_fallback.txt")


def test_html_with_fake_home(mocker, snapshot, sample_rows):
    mocker.patch.object(pathlib.Path, "home", return_value=pathlib.PurePosixPath("/home/tester"))
    html = render_html(sample_rows, title="Quarterly")
    snapshot.snapshot_dir = "snapshots"
    # expect: snapshot-after-path-patch
    snapshot.assert_match(html, "quarterly.html")


def test_csv_export(snapshot, sample_rows):
    snapshot.snapshot_dir = "snapshots"
    snapshot.assert_match(export_csv(sample_rows), "report_plain.csv")


def test_summary_with_module_patch(mocker, snapshot, sample_rows):
    mocker.patch("reports.export.load_template", return_value="{region}: {total}")
    snapshot.snapshot_dir = "snapshots"
    snapshot.assert_match(export_summary(sample_rows), "summary_template.txt")


def test_summary_scoped_patch(snapshot, sample_rows):
    with mock.patch.object(pathlib.Path, "exists", return_value=False):
        summary = export_summary(sample_rows)
    snapshot.snapshot_dir = "snapshots"
    snapshot.assert_match(summary, "summary_scoped.txt")
