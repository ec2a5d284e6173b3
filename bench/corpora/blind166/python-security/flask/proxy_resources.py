"""REST resources that proxy the internal billing and media services."""
from urllib.parse import quote

import requests
from flask import Flask
from flask_restful import Api, Resource

from .auth import token_required

app = Flask(__name__)
api = Api(app)

BILLING = "http://billing.svc.internal:8080"
MEDIA = "https://media.svc.internal"
TIMEOUT = 5


class InvoiceList(Resource):
    method_decorators = [token_required]

    def get(self, account_id):
        resp = requests.get("{}/accounts/{}/invoices".format(BILLING, account_id), timeout=TIMEOUT)
        return resp.json(), resp.status_code


class InvoicePdf(Resource):
    method_decorators = [token_required]

    def get(self, account_id, invoice_ref):
        # expect: ssrf
        resp = requests.get("{}/accounts/{}/invoices/{}/pdf".format(BILLING, account_id, invoice_ref), timeout=TIMEOUT)
        return resp.content, resp.status_code, {"Content-Type": "application/pdf"}


class MediaVariant(Resource):
    method_decorators = [token_required]

    def get(self, region, asset):
        # expect: ssrf
        resp = requests.get("https://{}.media.svc.internal/assets/{}".format(region, quote(asset, safe="")), timeout=TIMEOUT)
        return resp.json(), resp.status_code


class MediaSearch(Resource):
    method_decorators = [token_required]

    def get(self, tag):
        resp = requests.get("{}/search".format(MEDIA), params={"tag": tag}, timeout=TIMEOUT)
        return resp.json(), resp.status_code


class MediaAsset(Resource):
    method_decorators = [token_required]

    def get(self, asset):
        resp = requests.get("{}/assets/{}".format(MEDIA, quote(asset, safe="")), timeout=TIMEOUT)
        return resp.json(), resp.status_code


api.add_resource(InvoiceList, "/accounts/<int:account_id>/invoices")
api.add_resource(InvoicePdf, "/accounts/<int:account_id>/invoices/<path:invoice_ref>")
api.add_resource(MediaVariant, "/media/<string:region>/<string:asset>")
api.add_resource(MediaSearch, "/media/search/<string:tag>")
api.add_resource(MediaAsset, "/media/assets/<string:asset>")
