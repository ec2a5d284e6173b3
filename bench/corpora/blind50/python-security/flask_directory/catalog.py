"""Room catalog kept in an XML file, queried with XPath."""
from lxml import etree

CATALOG = "/srv/directory/rooms.xml"


class RoomCatalog:
    def __init__(self, path=CATALOG):
        self.tree = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True))
        self.building = None

    def in_building(self, building):
        self.building = building
        return self

    def rooms(self):
        xp = f"/catalog/building[@code='{self.building}']/room/@name"
        # expect: xpath-injection
        return self.tree.xpath(xp)

    def rooms_bound(self):
        return self.tree.xpath("/catalog/building[@code=$code]/room/@name", code=self.building)

    def floors(self):
        find = etree.XPath("/catalog/building[@code=$code]/floor/@level")
        return find(self.tree, code=self.building)
