"""Looks up a device setting in an XML config (Falcon + lxml)."""
import falcon
from lxml import etree

DOC = etree.parse("/etc/devices/config.xml")


class SettingResource:
    def on_get(self, req, resp, device):
        key = req.get_param("key", default="name")
        # expect: xpath-injection
        values = DOC.xpath("/devices/device[@id='" + device + "']/setting[@key='" + key + "']/text()")
        resp.media = {"values": [str(v) for v in values]}


app = falcon.App()
app.add_route("/devices/{device}/setting", SettingResource())
