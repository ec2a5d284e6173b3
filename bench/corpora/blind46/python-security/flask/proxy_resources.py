"""REST resources that proxy to internal services."""
import requests
from flask_restful import Api, Resource, reqparse

from .auth import require_token

INVENTORY = "http://inventory.internal:8080"
TIMEOUT = 5


class ItemResource(Resource):
    method_decorators = [require_token]

    def get(self, item_id):
        url = "{}/items/{}".format(INVENTORY, item_id)
        # expect: ssrf
        resp = requests.get(url, timeout=TIMEOUT)
        return resp.json(), resp.status_code

    def delete(self, item_id):
        # expect: ssrf
        resp = requests.delete("{}/items/{}?hard=1".format(INVENTORY, item_id), timeout=TIMEOUT)
        return {}, resp.status_code


class TenantResource(Resource):
    method_decorators = {"get": [require_token], "post": [require_token]}

    def get(self, tenant):
        # expect: ssrf
        r = requests.get("https://{}.api.example.com/v1/profile".format(tenant), timeout=TIMEOUT)
        return r.json()

    def post(self, tenant):
        body = reqparse.RequestParser().add_argument("name").parse_args()
        endpoint = "http://{0}/hooks/created".format(tenant)
        # expect: ssrf
        r = requests.post(endpoint, json=body, timeout=TIMEOUT)
        return {"status": r.status_code}


class StockResource(Resource):
    method_decorators = [require_token]

    def get(self, sku):
        r = requests.get(INVENTORY + "/stock", params={"sku": sku}, timeout=TIMEOUT)
        return r.json()

    def put(self, sku):
        r = requests.put("{}/stock/{}".format(INVENTORY, int(sku)), timeout=TIMEOUT)
        return {}, r.status_code


def register(api: Api):
    api.add_resource(ItemResource, "/items/<item_id>")
    api.add_resource(TenantResource, "/tenants/<tenant>")
    api.add_resource(StockResource, "/stock/<sku>")
