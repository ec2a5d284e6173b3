"""Event handler posting to a stored URL when an event fires."""
import json

import requests


class WebHookEventHandler(object):

    identifier = "WebHook"

    def do(self, action, options=None):
        handler_def = options.get("handler_def", {})
        handler_options = json.loads(handler_def.get("options", "{}"))
        url = handler_options.get("URL")
        if not url:
            return False
        data = {"event": handler_def.get("event"), "user": options.get("g", {}).get("logged_in_user")}
        # expect: ssrf
        resp = requests.post(url, data=json.dumps(data), headers={"Content-Type": "application/json"}, timeout=10)
        return resp.ok
