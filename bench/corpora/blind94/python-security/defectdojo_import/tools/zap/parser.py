from defusedxml import ElementTree

RISK = {"0": "Info", "1": "Low", "2": "Medium", "3": "High"}


class ZapParser:
    def get_scan_types(self):
        return ["ZAP Scan"]

    def get_findings(self, file, test):
        tree = ElementTree.parse(file)
        findings = []
        for alert in tree.getroot().iter("alertitem"):
            findings.append({"title": alert.findtext("alert"), "severity": RISK.get(alert.findtext("riskcode"), "Info")})
        return findings
