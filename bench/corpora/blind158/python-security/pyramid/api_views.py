"""JSON API views of the member portal."""
import logging

from pyramid.config import Configurator
from pyramid.view import view_config, view_defaults

log = logging.getLogger(__name__)


@view_defaults(renderer="json")
class AccountApi:
    def __init__(self, request):
        self.request = request

    @view_config(route_name="api_account", request_method="GET")
    def show(self):
        return {"email": self.request.user.email}

    # expect: csrf-disabled
    @view_config(route_name="api_account", request_method="POST", require_csrf=False)
    def update(self):
        self.request.user.email = self.request.json_body["email"]
        return {"ok": True}

    @view_config(route_name="api_account_delete", request_method="POST")
    def delete(self):
        self.request.dbsession.delete(self.request.user)
        return {"ok": True}


@view_config(route_name="stripe_webhook", request_method="POST", renderer="json", require_csrf=False)
def stripe_webhook(request):
    event = request.stripe.verify(request.body, request.headers["Stripe-Signature"])
    log.info("stripe event %s", event["type"])
    return {"received": True}


# expect: csrf-disabled
@view_config(route_name="transfer", request_method="POST", renderer="json", require_csrf=False)
def transfer(request):
    amount = int(request.POST["amount"])
    request.user.wallet.transfer(request.POST["to"], amount)
    return {"ok": True}


def includeme(config: Configurator):
    config.add_route("api_account", "/api/account")
    config.add_route("api_account_delete", "/api/account/delete")
    config.add_route("transfer", "/api/transfer")
    config.add_route("stripe_webhook", "/hooks/stripe")
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=False)
    config.scan()
