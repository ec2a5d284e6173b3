import requests


class WebhookBackend:
    def __init__(self, url, headers=None, http_method="POST"):
        self.url = url
        self.headers = headers or {}
        self.http_method = http_method

    def send_messages(self, messages):
        sent = 0
        for body in messages:
            # expect: ssrf
            resp = requests.request(self.http_method, self.url, json={"body": body}, headers=self.headers, timeout=30)
            sent += int(resp.ok)
        return sent
