"""Looks up a device setting in an XML config (Falcon + lxml), compiled XPath with variables."""
import falcon
from lxml import etree

DOC = etree.parse("/etc/devices/config.xml")
FIND = etree.XPath("/devices/device[@id=$device]/setting[@key=$key]/text()")


class SettingResource:
    def on_get(self, req, resp, device):
        key = req.get_param("key", default="name")
        resp.media = {"values": [str(v) for v in FIND(DOC, device=device, key=key)]}


app = falcon.App()
app.add_route("/devices/{device}/setting", SettingResource())
