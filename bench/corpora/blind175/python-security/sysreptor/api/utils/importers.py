"""Import findings from scanner exports (Burp XML, Nessus XML, JSON)."""
import base64
import json

from defusedxml import ElementTree as SafeElementTree
from lxml import etree

SEVERITY = {"High": "high", "Medium": "medium", "Low": "low", "Information": "info"}


def _finding(title, severity, affected, description):
    return {
        "title": (title or "Untitled").strip()[:200],
        "severity": SEVERITY.get(severity, "info"),
        "affected_components": [affected] if affected else [],
        "description": description or "",
    }


def parse_burp_xml(data):
    """Burp's 'Report selected issues' XML export."""
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, huge_tree=True)
    # expect: xxe
    root = etree.fromstring(data, parser=parser)
    findings = []
    for issue in root.iter("issue"):
        request = issue.findtext("requestresponse/request") or ""
        if issue.find("requestresponse/request") is not None and issue.find("requestresponse/request").get("base64") == "true":
            request = base64.b64decode(request).decode(errors="replace")
        findings.append(_finding(issue.findtext("name"), issue.findtext("severity"),
                                 issue.findtext("host"), issue.findtext("issueBackground")))
    return findings


def parse_nessus_xml(data):
    """.nessus v2 files."""
    root = SafeElementTree.fromstring(data)
    findings = []
    for host in root.iter("ReportHost"):
        for item in host.iter("ReportItem"):
            severity = {"4": "Critical", "3": "High", "2": "Medium", "1": "Low"}.get(item.get("severity"), "Information")
            findings.append(_finding(item.get("pluginName"), severity, host.get("name"), item.findtext("description")))
    return findings


def parse_json_findings(data):
    items = json.loads(data)
    return [_finding(i.get("title"), i.get("severity"), i.get("affected"), i.get("description")) for i in items[:500]]


PARSERS = {"burp": parse_burp_xml, "nessus": parse_nessus_xml, "json": parse_json_findings}
