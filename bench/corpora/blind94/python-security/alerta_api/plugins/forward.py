import requests
from flask import current_app


class PluginBase:
    def pre_receive(self, alert, **kwargs):
        return alert

    def post_receive(self, alert, **kwargs):
        return None


class ForwardWebhook(PluginBase):
    """Posts the alert to the callback the sender put in its attributes."""

    def post_receive(self, alert, **kwargs):
        callback = alert.attributes.get("callbackUrl")
        if not callback:
            return None
        # expect: ssrf
        requests.post(callback, json={"id": alert.id, "event": alert.event}, timeout=2)
        return None


class RoutedWebhook(PluginBase):
    """Posts to the webhook configured for the alert's environment only."""

    def post_receive(self, alert, **kwargs):
        routes = current_app.config.get("WEBHOOK_ROUTES", {})
        url = routes.get(alert.environment)
        if url:
            requests.post(url, json={"id": alert.id, "event": alert.event}, timeout=2)
        return None
