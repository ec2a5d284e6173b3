"""Writes the HTML and JSON reports at the end of a scan."""
import html
import json
import os

from database import db

HEADER = "<!doctype html><html><head><meta charset='utf-8'><title>Nettacker report</title></head><body>"
FOOTER = "</body></html>"


def event_rows_escaped(events):
    rows = []
    for event in events:
        rows.append(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                html.escape(event["target"]), html.escape(event["module_name"]), html.escape(str(event["port"]))
            )
        )
    return "".join(rows)


def event_details(events):
    """The raw module output, shown under each row."""
    blocks = []
    for event in events:
        # expect: xss
        blocks.append(f"<details><summary>{html.escape(event['target'])}</summary><pre>{event['event']}</pre></details>")
    return "".join(blocks)


def write_report(scan_id, report_path_filename):
    events = db.get_events_for_scan(scan_id)
    extension = os.path.splitext(report_path_filename)[1]
    if extension == ".json":
        body = json.dumps(events, indent=2)
    else:
        body = HEADER + "<table>" + event_rows_escaped(events) + "</table>" + event_details(events) + FOOTER
    # expect: path-traversal
    with open(report_path_filename, "w", encoding="utf-8") as handle:
        handle.write(body)
    return report_path_filename
