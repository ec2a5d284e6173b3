"""Falcon app for the Medbox mobile app: devices, containers, schedules, reports."""
import os

import falcon

from AppAPI.db.pool import ConnectionPoolMiddleware
from AppAPI.middleware.auth import AuthMiddleware
from AppAPI.resources.container import ContainerCollection, ContainerItem
from AppAPI.resources.device import DevicePairing, DeviceStatus
from AppAPI.resources.report import AdherenceReport


class HelloWorldResource:
    def on_get(self, request, response):
        response.media = {"message": "Hello world from App API!"}


def create_app():
    app = falcon.App(
        middleware=[
            ConnectionPoolMiddleware(os.environ["MEDBOX_DSN"]),
            AuthMiddleware(exempt_routes=["/"]),
        ]
    )
    app.add_route("/", HelloWorldResource())
    app.add_route("/devices/pair", DevicePairing())
    app.add_route("/devices/{device_id}/status", DeviceStatus())
    app.add_route("/containers", ContainerCollection())
    app.add_route("/containers/{container_id:int}", ContainerItem())
    app.add_route("/reports/adherence", AdherenceReport())
    return app


app = create_app()


def _serve():
    from wsgiref.simple_server import make_server

    host = os.environ.get("MEDBOX_HOST", "127.0.0.1")
    port = int(os.environ.get("MEDBOX_PORT", "8000"))
    with make_server(host, port, app) as httpd:
        httpd.serve_forever()


if __name__ == "__main__":
    _serve()
