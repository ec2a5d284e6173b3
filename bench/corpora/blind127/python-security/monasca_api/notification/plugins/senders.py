"""Notification engine senders: read stored methods back and deliver an alarm to each."""
import os

import jinja2
from jinja2.sandbox import SandboxedEnvironment
import requests

from monasca_api.common.repositories import notifications_repository

TEMPLATE_DIR = "/etc/monasca/notification_templates"
PAGERDUTY_URL = "https://events.pagerduty.com/generic/2010-04-15/create_event.json"


class NotificationEngine:
    def __init__(self):
        self.repo = notifications_repository.NotificationsRepository()
        self.sandbox = SandboxedEnvironment(autoescape=True)

    def send(self, alarm):
        for method_type, address, template, body_template in self.repo.methods_for_alarm(alarm["alarm_definition_id"]):
            if method_type == "WEBHOOK":
                # expect: ssrf
                requests.post(address, json=alarm, timeout=5)
            elif method_type == "PAGERDUTY":
                requests.post(PAGERDUTY_URL, json={"service_key": address, "description": alarm["name"]}, timeout=5)
            else:
                self.email_body(alarm, template, body_template)

    def email_body(self, alarm, template, body_template):
        # expect: path-traversal
        with open(os.path.join(TEMPLATE_DIR, template + ".j2")) as fh:
            header = self.sandbox.from_string(fh.read()).render(alarm=alarm)
        if not body_template:
            return header
        # expect: template-injection
        return header + jinja2.Template(body_template).render(alarm=alarm)

    def preview(self, body_template, alarm):
        return self.sandbox.from_string(body_template).render(alarm=alarm)
