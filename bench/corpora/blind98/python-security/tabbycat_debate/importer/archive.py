"""Import a tournament from an uploaded XML archive."""
from defusedxml import ElementTree as SafeET
from lxml import etree


class Importer:
    def __init__(self, tournament, strict=True):
        self.tournament = tournament
        self.strict = strict

    def parse(self, data):
        if self.strict:
            return SafeET.fromstring(data)
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
        # expect: xxe
        return etree.fromstring(data, parser=parser)

    def import_teams(self, root):
        return [(team.get("name"), team.get("code")) for team in root.iter("team")]
