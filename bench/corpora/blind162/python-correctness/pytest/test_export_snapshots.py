"""Snapshot tests for the report exporter."""
import pathlib

import pytest

from reports.export import render_csv, render_summary, write_bundle


@pytest.fixture
def sample_rows():
    return [
        {"date": "2026-11-01", "payee": "ACME", "amount": "12.50"},
        {"date": "2026-11-02", "payee": "Globex", "amount": "99.00"},
    ]


def test_csv_snapshot(snapshot, sample_rows):
    snapshot.snapshot_dir = "tests/snapshots"
    snapshot.assert_match(render_csv(sample_rows), "rows.csv")


def test_bundle_without_disk(mocker, snapshot, sample_rows):
    mocker.patch("pathlib.Path", mocker.MagicMock())
    bundle = write_bundle(sample_rows, "/tmp/out")
    snapshot.snapshot_dir = "tests/snapshots"
    # expect: snapshot-after-path-patch
    snapshot.assert_match(bundle.manifest_text(), "bundle_manifest.txt")


def test_summary_when_archive_exists(mocker, snapshot, sample_rows):
    mocker.patch.object(pathlib.Path, "exists", lambda self: True)
    snapshot.snapshot_dir = "tests/snapshots"
    # expect: snapshot-after-path-patch
    snapshot.assert_match(render_summary(sample_rows, archive="/srv/archive"), "summary_archived.txt")


def test_summary_reads_header(mocker, snapshot, sample_rows):
    mocker.patch.object(pathlib.Path, "read_text", lambda self, **kw: "HEADER v2\n")
    text = render_summary(sample_rows, header_file="header.txt")
    # expect: snapshot-after-path-patch
    snapshot.assert_match(text, "summary_header.txt")


def test_summary_module_patch(mocker, snapshot, sample_rows):
    """Patch the exporter's own name for Path, not pathlib itself."""
    fake = mocker.patch("reports.export.Path")
    fake.return_value.exists.return_value = False
    snapshot.snapshot_dir = "tests/snapshots"
    snapshot.assert_match(render_summary(sample_rows, archive="/srv/archive"), "summary_plain.txt")


def test_summary_patch_after_snapshot(mocker, snapshot, sample_rows):
    snapshot.snapshot_dir = "tests/snapshots"
    snapshot.assert_match(render_summary(sample_rows), "summary_default.txt")
    mocker.patch.object(pathlib.Path, "exists", lambda self: False)
    assert "archive" not in render_summary(sample_rows, archive="/nowhere")


def test_bundle_to_tmp_path(tmp_path, snapshot, sample_rows):
    bundle = write_bundle(sample_rows, tmp_path)
    snapshot.snapshot_dir = "tests/snapshots"
    snapshot.assert_match(bundle.manifest_text(), "bundle_manifest_tmp.txt")
