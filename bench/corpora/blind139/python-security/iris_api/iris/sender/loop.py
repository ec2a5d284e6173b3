"""Sender loop: takes messages off the queue and hands them to a vendor by mode."""
from iris import db
from iris.sender.queue import SEND_QUEUE
from iris.vendors.webhook import WebhookVendor
from iris.vendors.slack import SlackVendor

VENDORS = {"webhook": WebhookVendor(), "slack": SlackVendor()}


def lookup_webhook(application):
    with db.guarded_session() as session:
        row = session.execute("SELECT webhook_url FROM application WHERE name = :name", {"name": application}).first()
        return row[0] if row else None


def run_once():
    message = SEND_QUEUE.get()
    message["destination"] = lookup_webhook(message["application"])
    VENDORS[message["mode"]].send(message)
