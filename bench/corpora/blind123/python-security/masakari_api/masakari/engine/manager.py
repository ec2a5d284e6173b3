"""Engine manager: picks a recovery flow by notification type."""
import json
import os

from masakari.engine.drivers.taskflow import driver

RECOVERY_LOG_DIR = "/var/log/masakari/recovery"


class MasakariManager(object):

    def __init__(self):
        self.driver = driver.TaskFlowDriver()

    def process_notification(self, context, notification=None):
        payload = notification.get("payload", {})
        host_name = notification.get("hostname")
        if not host_name:
            host_name = payload.get("host", "")
        self._record(notification["notification_uuid"], host_name, payload)
        if notification.get("type") == "PROCESS":
            self.driver.execute_process_failure(context, payload.get("process_name"), host_name)
        elif notification.get("type") == "COMPUTE_HOST":
            self.driver.execute_host_failure(context, host_name)

    def _record(self, notification_uuid, host_name, payload):
        with open(os.path.join(RECOVERY_LOG_DIR, notification_uuid + ".json"), "w") as fh:
            json.dump(payload, fh)
        # expect: path-traversal
        with open(os.path.join(RECOVERY_LOG_DIR, "hosts", host_name + ".log"), "a") as fh:
            fh.write(notification_uuid + "\n")
