import requests


class ServersList:
    def __init__(self):
        self.servers = []

    def add_and_probe(self, host, port):
        uri = "http://%s:%s/api/4/status" % (host, port)
        self.servers.append(uri)
        # expect: ssrf
        return {"status": requests.get(uri, timeout=3).status_code}
