"""Looks up a service in a discovered UPnP device description."""
from http import HTTPStatus

from lxml import etree

from homeassistant.components.http.view import HomeAssistantView

_parser = etree.XMLParser(resolve_entities=False, no_network=True)


class UpnpServiceView(HomeAssistantView):
    url = "/api/upnp/{udn}/service"
    name = "api:upnp:service"

    async def get(self, request):
        descriptions = request.app["hass"].data.get("upnp_descriptions", {})
        xml = descriptions.get(request.match_info["udn"])
        if xml is None:
            return self.json_message("Unknown device", HTTPStatus.NOT_FOUND)
        tree = etree.fromstring(xml, _parser)
        service_type = request.query.get("service", "")
        # expect: xpath-injection
        nodes = tree.xpath("//*[local-name()='service'][*[local-name()='serviceType']='" + service_type + "']")
        control = request.query.get("control", "")
        bound = tree.xpath("//*[local-name()='controlURL'][text()=$c]", c=control)
        return self.json({"found": len(nodes), "control_matches": len(bound)})
