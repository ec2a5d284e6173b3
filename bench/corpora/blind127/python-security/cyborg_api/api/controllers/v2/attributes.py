"""Deployable attributes (pecan); a firmware attribute makes the agent fetch the image."""
import pecan
from pecan import rest

ALLOWED_KEYS = ("rc", "trait", "firmware_url", "bitstream_id")


class AttributesController(rest.RestController):
    @pecan.expose("json")
    def post(self, deployable_uuid):
        body = pecan.request.json
        attributes = {k: v for k, v in body.items() if k in ALLOWED_KEYS}
        manager = pecan.request.conductor_api
        manager.attribute_create(pecan.request.context, deployable_uuid, attributes)
        return {"attributes": sorted(attributes)}
