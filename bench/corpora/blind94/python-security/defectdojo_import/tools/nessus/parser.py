from lxml import etree

SEVERITY = {"0": "Info", "1": "Low", "2": "Medium", "3": "High", "4": "Critical"}


class NessusParser:
    def get_scan_types(self):
        return ["Nessus Scan"]

    def get_findings(self, filename, test):
        # expect: xxe
        tree = etree.parse(filename, etree.XMLParser(resolve_entities=True))
        findings = []
        for item in tree.iter("ReportItem"):
            findings.append({"title": item.get("pluginName"), "severity": SEVERITY.get(item.get("severity"), "Info")})
        return findings
