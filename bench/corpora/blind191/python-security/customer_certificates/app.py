import os

import falcon

from src.middleware.auth import ApiKeyMiddleware
from src.middleware.session import RequestSessionMiddleware
from src.resources.certificates import (
    CertificateActivationResource,
    CertificateCollectionResource,
    CertificateImportResource,
)
from src.resources.customers import CustomerCollectionResource, CustomerResource
from src.services.db import DbSession


class HealthResource:
    """
    Liveness probe used by the load balancer.
    """

    def on_get(self, req, resp):
        resp.status = falcon.HTTP_200
        resp.media = {"status": "ok"}


def create():
    """
    Creates app instance and instantiates middleware / routes.
    """
    app = falcon.App(middleware=[
        ApiKeyMiddleware(os.environ["CERTS_API_KEYS"].split(",")),
        RequestSessionMiddleware(DbSession),
    ])
    app.add_route("/health", HealthResource())
    app.add_route("/customers", CustomerCollectionResource())
    app.add_route("/customers/{email}", CustomerResource())
    app.add_route("/customers/{email}/certificates", CertificateCollectionResource())
    app.add_route("/certificates/{cert_id:int}/activation", CertificateActivationResource())
    app.add_route("/certificates/import", CertificateImportResource())
    return app


app = create()
