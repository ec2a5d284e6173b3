"""Dispatcher that posts each stored event to the subscribers of its type."""
import requests

ZAQAR_URL = "http://127.0.0.1:8888/v2/queues/panko/messages"


class HttpDispatcher:
    def __init__(self, conn):
        self.conn = conn
        self.session = requests.Session()

    def record_events(self, events):
        for event in events:
            for target in self.conn.get_subscriptions(event["event_type"]):
                # expect: ssrf
                self.session.post(target, json=event, timeout=5)
            self.session.post(ZAQAR_URL, json={"messages": [{"body": event, "ttl": 3600}]}, timeout=5)
