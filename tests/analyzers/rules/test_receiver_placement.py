"""A CSV row of stored text in a download is reported from the writer's creation (where Semgrep's
use-defusedcsv points) to the row it writes (where a reviewer of the row points): one finding that
covers both, with no text said to be built or run."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import load_config

RULE = "python/security/csv-export-stored-text"

VIEW = '''import csv

from django.http import HttpResponse


def export_contacts(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["name", "notes"])
    for contact in Contact.objects.filter(owner=request.user):
        writer.writerow([contact.name, contact.notes])
    return response
'''


def test_a_stored_text_row_is_reported_from_the_writer_to_the_row(tmp_path):
    path = tmp_path / "views.py"
    path.write_text(VIEW)
    lines = VIEW.splitlines()
    report = Checker(load_config(path)).check_file(path)
    found = [f for f in report.findings if f.rule == RULE]
    assert [(lines[f.span.start_line].strip(), lines[f.span.end_line].strip()) for f in found] == [
        ("writer = csv.writer(response)", "writer.writerow([contact.name, contact.notes])")]
    assert "built at line" not in found[0].message
