"""Handles all processes relating to notifications and hosts."""
import uuid

from masakari.db import api as db
from masakari.engine import manager


class NotificationAPI(object):

    def __init__(self):
        self.engine = manager.MasakariManager()

    def create_notification(self, context, notification_data):
        notification = dict(notification_data)
        notification["notification_uuid"] = str(uuid.uuid4())
        db.notification_create(context, notification)
        self.engine.process_notification(context, notification=notification)
        return notification


class HostAPI(object):

    def get_all(self, context, segment_id, sort_key, marker=None):
        return db.host_get_all_by_segment(context, segment_id, sort_key)

    def search(self, context, segment_id, on_maintenance):
        return db.host_search(context, segment_id, on_maintenance)
