from defectdojo_import.tools.nessus.parser import NessusParser
from defectdojo_import.tools.zap.parser import ZapParser

PARSERS = {
    "Nessus Scan": NessusParser,
    "ZAP Scan": ZapParser,
}


def get_parser(scan_type):
    return PARSERS[scan_type]()
