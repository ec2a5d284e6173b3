"""Response helpers used by every resource."""
import hashlib
import json

import falcon


def etag(resource):
    body = json.dumps(resource, sort_keys=True)
    resource["http_etag"] = '"{}"'.format(hashlib.sha1(body.encode("utf-8")).hexdigest())
    return json.dumps(resource, sort_keys=True)


def okay(response, body=None):
    response.status = falcon.HTTP_200
    if body is not None:
        response.text = body


def no_content(response):
    response.status = falcon.HTTP_204


def created(response, location):
    response.status = falcon.HTTP_201
    response.location = location


def bad_request(response, body="400 Bad Request"):
    response.status = falcon.HTTP_400
    response.text = json.dumps({"title": "400 Bad Request", "description": body})


def not_found(response, body="404 Not Found"):
    response.status = falcon.HTTP_404
    response.text = json.dumps({"title": "404 Not Found", "description": body})
