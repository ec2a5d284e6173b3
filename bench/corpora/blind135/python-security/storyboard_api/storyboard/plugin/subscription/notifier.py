"""Worker plugin: deliver story events to subscribers."""
import html

import requests
from markupsafe import Markup

from storyboard.db.api import subscriptions as subscriptions_api

LAUNCHPAD_HOOK = "https://api.launchpad.net/1.0/storyboard-events"


class SubscriptionNotifier(object):

    def __init__(self, mailer):
        self.mailer = mailer

    def handle(self, event):
        for sub in subscriptions_api.subscription_get_for(event["target_type"], event["target_id"]):
            url = sub.callback_url
            # expect: ssrf
            requests.post(url, json=event, timeout=10)
        requests.post(LAUNCHPAD_HOOK, json={"id": event["target_id"]}, timeout=10)

    def digest(self, user, stories):
        rows = []
        for story in stories:
            rows.append("<li>%s</li>" % html.escape(story.title))
            # expect: xss
            rows.append(Markup("<div class='desc'>%s</div>" % story.description))
        self.mailer.send(user.email, Markup("<ul>") + Markup("".join(str(r) for r in rows)) + Markup("</ul>"))
