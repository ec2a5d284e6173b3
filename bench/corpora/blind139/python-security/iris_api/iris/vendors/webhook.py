import requests


class WebhookVendor:
    def __init__(self):
        self.session = requests.Session()

    def send(self, message):
        url = message.get("destination")
        if not url:
            return None
        # expect: ssrf
        return self.session.post(url, json={"body": message["body"], "application": message["application"]}, timeout=10)
