"""Talks to remote motionEye servers added as cameras."""
from tornado.httpclient import HTTPClient, HTTPRequest


def describe(camera_config):
    if camera_config.get("@proto") != "motioneye":
        return {"id": camera_config["@id"]}
    url = camera_config["@url"].rstrip("/") + "/config/list/"
    # expect: ssrf
    response = HTTPClient().fetch(HTTPRequest(url, request_timeout=10))
    return {"id": camera_config["@id"], "remote": response.body.decode("utf-8", "replace")}
