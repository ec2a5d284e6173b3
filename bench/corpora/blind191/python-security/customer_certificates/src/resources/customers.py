import falcon
from argon2 import PasswordHasher

from src.models import Customer
from src.services.queries import customer_by_email, delete_customer

_hasher = PasswordHasher()


class CustomerCollectionResource:
    def on_post(self, req, resp):
        body = req.get_media()
        for field in ("email", "name", "password"):
            if not body.get(field):
                raise falcon.HTTPBadRequest(title="Missing field", description=field)
        customer = Customer(
            email=body["email"].strip().lower(),
            name=body["name"],
            password_hash=_hasher.hash(body["password"]),
            webhook_url=body.get("webhook_url"),
        )
        self.session.add(customer)
        resp.status = falcon.HTTP_201
        resp.media = {"email": customer.email}


class CustomerResource:
    def on_get(self, req, resp, email):
        customer = customer_by_email(self.session, email)
        if customer is None:
            raise falcon.HTTPNotFound()
        resp.media = {"email": customer.email, "name": customer.name, "webhook_url": customer.webhook_url}

    def on_patch(self, req, resp, email):
        customer = customer_by_email(self.session, email)
        if customer is None:
            raise falcon.HTTPNotFound()
        body = req.get_media()
        if "webhook_url" in body:
            customer.webhook_url = body["webhook_url"] or None
        if "name" in body:
            customer.name = body["name"]
        resp.media = {"email": customer.email}

    def on_delete(self, req, resp, email):
        delete_customer(self.session, email)
        resp.status = falcon.HTTP_204
