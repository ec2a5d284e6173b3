"""The notifications controller of the instance-HA API."""
from oslo_utils import uuidutils
from webob import exc

from masakari.api.openstack import wsgi
from masakari.ha import api as ha_api


class NotificationsController(wsgi.Controller):
    """Notifications controller for the OpenStack API."""

    def __init__(self):
        self.api = ha_api.NotificationAPI()

    @wsgi.response(202)
    def create(self, req, body):
        context = req.environ["masakari.context"]
        notification_data = body.get("notification", {})
        payload = notification_data.get("payload", {})
        if notification_data.get("type") == "VM":
            if not uuidutils.is_uuid_like(payload.get("instance_uuid", "")):
                raise exc.HTTPBadRequest(explanation="instance_uuid is not a uuid")
        return {"notification": self.api.create_notification(context, notification_data)}
