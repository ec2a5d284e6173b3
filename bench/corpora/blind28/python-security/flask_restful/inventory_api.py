import requests
from flask import Flask
from flask_restful import Api, Resource

from .auth import require_token

app = Flask(__name__)
api = Api(app)
INVENTORY = "https://inventory.internal.example"


class Item(Resource):
    method_decorators = [require_token]

    def get(self, sku):
        url = "{}/items/{}".format(INVENTORY, sku)
        # expect: ssrf
        resp = requests.get(url, timeout=5)
        return resp.json(), resp.status_code

    def delete(self, sku):
        # expect: ssrf
        resp = requests.delete("{}/items/{}".format(INVENTORY, sku), timeout=5)
        return "", resp.status_code


class Supplier(Resource):
    method_decorators = [require_token]

    def get(self, supplier_host, path):
        target = "https://{}/api/{}".format(supplier_host, path)
        # expect: ssrf
        return requests.get(target, timeout=5).json()

    def post(self, callback):
        # expect: ssrf
        requests.post(f"{callback}/notify", json={"event": "stock"}, timeout=5)
        return {"queued": True}


class Stock(Resource):
    method_decorators = [require_token]

    def get(self, warehouse_id):
        resp = requests.get(INVENTORY + "/stock", params={"warehouse": warehouse_id}, timeout=5)
        return resp.json()

    def put(self, warehouse_id):
        url = "{}/stock/{:d}".format(INVENTORY, int(warehouse_id))
        return requests.put(url, timeout=5).json()


api.add_resource(Item, "/items/<string:sku>")
api.add_resource(Supplier, "/suppliers/<string:supplier_host>/<path:path>")
api.add_resource(Stock, "/stock/<int:warehouse_id>")
