import requests


class webhook_messenger:
    supports = frozenset(["webhook"])

    def __init__(self, config):
        self.timeout = config.get("timeout", 10)

    def send(self, message):
        destination = message["destination"]
        # expect: ssrf
        requests.post(destination, json={"subject": message["subject"], "body": message["body"]}, timeout=self.timeout)


class iris_messenger:
    supports = frozenset(["iris"])

    def __init__(self, config):
        self.api_host = config["api_host"]
        self.app = config["app"]

    def send(self, message):
        requests.post(self.api_host + "/v0/notifications",
                      json={"target": message["user"], "subject": message["subject"], "body": message["body"]},
                      timeout=10)
