"""REST resources of the gateway that forward to internal services."""
from urllib.parse import quote

import requests
from flask import Flask
from flask_restful import Api, Resource

from .auth import require_token

USERS_SVC = "https://users.internal.example.com"
BILLING_SVC = "https://billing.internal.example.com"

app = Flask(__name__)
api = Api(app)


class UserProfile(Resource):
    method_decorators = [require_token]

    def get(self, username):
        # expect: ssrf
        resp = requests.get("https://users.internal.example.com/api/users/{}/profile".format(username), timeout=5)
        return resp.json(), resp.status_code


class Invoice(Resource):
    method_decorators = [require_token]

    def get(self, account, invoice_no):
        url = "https://billing.internal.example.com/accounts/{}/invoices/{}".format(account, invoice_no)
        # expect: ssrf
        resp = requests.get(url, timeout=5)
        return resp.json(), resp.status_code

    def delete(self, account, invoice_no):
        # expect: ssrf
        resp = requests.delete("https://billing.internal.example.com/accounts/{}/invoices/{}".format(account, invoice_no), timeout=5)
        return {}, resp.status_code


class UserAvatar(Resource):
    method_decorators = [require_token]

    def get(self, username):
        resp = requests.get("{}/api/users/{}/avatar".format(USERS_SVC, quote(username, safe="")), timeout=5)
        return {"url": resp.json()["url"]}, resp.status_code


class Order(Resource):
    method_decorators = [require_token]

    def get(self, order_id):
        resp = requests.get("{}/orders/{}".format(BILLING_SVC, order_id), timeout=5)
        return resp.json(), resp.status_code


api.add_resource(UserProfile, "/users/<username>")
api.add_resource(Invoice, "/accounts/<account>/invoices/<invoice_no>")
api.add_resource(UserAvatar, "/users/<username>/avatar")
api.add_resource(Order, "/orders/<int:order_id>")
