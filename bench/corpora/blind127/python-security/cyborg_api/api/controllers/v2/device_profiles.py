"""Device profile and ARQ controllers (pecan), shaped on OpenStack Cyborg's v2 API."""
import pecan
from pecan import rest

from cyborg_api.common import policy
from cyborg_api.common import utils


class DeviceProfilesController(rest.RestController):
    """/v2/device_profiles"""

    @pecan.expose("json")
    @policy.authorize_wsgi("cyborg:device_profile", "get_all")
    def get_all(self, name=None, sort_dir="asc"):
        context = pecan.request.context
        conductor = pecan.request.conductor_api
        if sort_dir not in ("asc", "desc"):
            sort_dir = "asc"
        profiles = conductor.device_profile_list(context, name=name, sort_dir=sort_dir)
        return {"device_profiles": profiles}

    @pecan.expose("json")
    def get_one(self, uuid):
        context = pecan.request.context
        if not utils.is_uuid_like(uuid):
            pecan.abort(400, "invalid uuid")
        return pecan.request.conductor_api.device_profile_get(context, uuid)

    @pecan.expose("json")
    @policy.authorize_wsgi("cyborg:device_profile", "create")
    def post(self):
        body = pecan.request.json
        profile = {"name": body.get("name"), "groups": body.get("groups", [])}
        return pecan.request.conductor_api.device_profile_create(pecan.request.context, profile)


class ARQsController(rest.RestController):
    """/v2/accelerator_requests: binding programs the bitstream on the agent."""

    @pecan.expose("json")
    def patch(self):
        context = pecan.request.context
        patch = pecan.request.json
        for arq_uuid, ops in patch.items():
            values = {op["path"].lstrip("/"): op["value"] for op in ops}
            image = values.get("bitstream_name")
            if not image:
                image = ""
            pecan.request.conductor_api.arq_bind(
                context, arq_uuid, host=values.get("hostname"), image_name=image,
                pci_address=values.get("device_rp_uuid", ""),
            )
        return {"bound": list(patch)}

    @pecan.expose("json")
    def get_one(self, arq_uuid):
        return pecan.request.conductor_api.deployable_report(pecan.request.context, arq_uuid)
