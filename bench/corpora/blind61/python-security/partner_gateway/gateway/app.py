import falcon

from .middleware import PartnerMiddleware, TimingMiddleware
from .resources.orders import OrderImportResource, OrderListResource, PartnerTableResource
from .resources.tracking import CheckedTrackingLinkResource, ShipmentResource, TrackingLinkResource, WebhookTestResource


def create_app():
    app = falcon.App(middleware=[PartnerMiddleware(), TimingMiddleware()])
    app.add_route("/orders/import", OrderImportResource())
    orders = OrderListResource()
    app.add_route("/orders", orders)
    app.add_route("/orders/checked", orders, suffix="checked")
    app.add_route("/tables/{kind}", PartnerTableResource())
    app.add_route("/t/{campaign}", TrackingLinkResource())
    app.add_route("/t2/{campaign}", CheckedTrackingLinkResource())
    app.add_route("/shipments/{tracking_no}", ShipmentResource())
    app.add_route("/webhooks/test", WebhookTestResource())
    return app


app = create_app()
