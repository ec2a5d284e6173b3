"""Flask-RESTful resources that proxy to partner APIs."""
import requests
from flask import Flask
from flask_restful import Api, Resource
from flask_restful import reqparse

from .auth import require_api_key, require_scope

app = Flask(__name__)
api = Api(app)

PARTNER_BASE = "https://partner.example.com/api/v2"
TIMEOUT = 10


class ShipmentResource(Resource):
    method_decorators = [require_api_key]

    def get(self, tracking_id):
        url = "https://tracking.example.net/v1/shipments/{}".format(tracking_id)
        # expect: ssrf
        resp = requests.get(url, timeout=TIMEOUT)
        return resp.json(), resp.status_code

    def delete(self, tracking_id):
        # expect: ssrf
        resp = requests.delete("{base}/shipments/{tid}".format(base=PARTNER_BASE, tid=tracking_id), timeout=TIMEOUT)
        return {"deleted": resp.ok}


class AvatarResource(Resource):
    method_decorators = {"get": [require_api_key], "post": [require_scope("avatars:write")]}

    def get(self, host):
        target = "http://{}/avatar.png".format(host)
        # expect: ssrf
        r = requests.get(target, timeout=5, stream=True)
        return {"size": len(r.content)}

    def post(self, account):
        body = reqparse.RequestParser().add_argument("url").parse_args()
        resp = requests.post(
            # expect: ssrf
            "{}/accounts/{}/avatar".format(PARTNER_BASE, account),
            json={"source": body["url"]},
            timeout=TIMEOUT,
        )
        return resp.json()


class OrderResource(Resource):
    method_decorators = [require_api_key]

    def get(self, order_id):
        resp = requests.get(PARTNER_BASE + "/orders", params={"id": order_id}, timeout=TIMEOUT)
        return resp.json()

    def put(self, order_id):
        resp = requests.put("{}/orders/{}".format(PARTNER_BASE, int(order_id)), json={}, timeout=TIMEOUT)
        return {"ok": resp.ok}


class HealthResource(Resource):
    method_decorators = [require_api_key]

    def get(self):
        resp = requests.get("{}/health".format(PARTNER_BASE), timeout=3)
        return {"partner": resp.ok}


api.add_resource(ShipmentResource, "/shipments/<tracking_id>")
api.add_resource(AvatarResource, "/avatars/<host>")
api.add_resource(OrderResource, "/orders/<order_id>")
api.add_resource(HealthResource, "/health")
