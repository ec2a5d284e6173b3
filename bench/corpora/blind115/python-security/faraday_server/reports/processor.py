import queue
import threading

from defusedxml import ElementTree as DefusedET
from lxml import etree

from ..models import Vulnerability, Workspace

REPORTS_QUEUE = queue.Queue()


def _parse_nessus(path):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, huge_tree=True)
    # expect: xxe
    return etree.parse(path, parser)


def _parse_nmap(path):
    return DefusedET.parse(path)


def process_report_file(workspace_name, path):
    ws = Workspace.query.filter_by(name=workspace_name).first()
    tree = _parse_nessus(path) if path.endswith(".nessus") else _parse_nmap(path)
    for item in tree.getroot().iter("ReportItem"):
        Vulnerability.create(ws.id, name=item.get("pluginName", ""), desc="", severity=item.get("severity", "info"), refs=[])


def _worker():
    while True:
        workspace_name, path = REPORTS_QUEUE.get()
        process_report_file(workspace_name, path)


threading.Thread(target=_worker, daemon=True).start()
