"""Notification methods resource: stores the method; the notification engine sends to it."""
import re

import falcon

from monasca_api.common.repositories import notifications_repository
from monasca_api.v2.reference import helpers

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
TYPES = ("EMAIL", "WEBHOOK", "PAGERDUTY")


class Notifications:
    def __init__(self):
        self._notifications_repo = notifications_repository.NotificationsRepository()

    def on_post(self, req, res):
        body = helpers.read_json_msg_body(req)
        method_type = body.get("type", "").upper()
        if method_type not in TYPES:
            raise falcon.HTTPUnprocessableEntity(title="type", description="unknown type")
        if method_type == "EMAIL" and not EMAIL.match(body.get("address", "")):
            raise falcon.HTTPUnprocessableEntity(title="address", description="bad e-mail")
        res.media = self._notifications_repo.create_notification(
            req.get_header("X-Tenant-Id"), body.get("name"), method_type, body.get("address"),
            template=body.get("template") or "default", body_template=body.get("body_template", ""))
        res.status = falcon.HTTP_201
