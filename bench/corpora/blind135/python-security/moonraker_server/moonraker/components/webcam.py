"""Webcams: stored in the database, snapshot URLs tested on request."""
import urllib.parse


class WebcamManager(object):

    def __init__(self, config):
        self.server = config.get_server()
        self.http_client = self.server.lookup_component("http_client")
        self.webcams = {}
        self.server.register_endpoint("/server/webcams/item", ["POST"], self._handle_webcam_post)
        self.server.register_endpoint("/server/webcams/test", ["POST"], self._handle_webcam_test)

    async def _handle_webcam_post(self, web_request):
        name = web_request.get_str("name")
        self.webcams[name] = {"snapshot_url": web_request.get_str("snapshot_url"),
                              "stream_url": web_request.get_str("stream_url", "")}
        return {"webcam": name}

    async def _handle_webcam_test(self, web_request):
        cam = self.webcams[web_request.get_str("name")]
        url = cam["snapshot_url"]
        # expect: ssrf
        resp = await self.http_client.get(url, connect_timeout=2.0)
        stream = urllib.parse.urlsplit(cam["stream_url"])
        local = "http://127.0.0.1%s" % stream.path
        await self.http_client.get(local, connect_timeout=2.0)
        return {"snapshot_ok": not resp.has_error()}
