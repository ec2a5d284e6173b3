"""Checkout and payment views of the shop front (Pyramid)."""
import logging

from pyramid.httpexceptions import HTTPFound, HTTPBadRequest
from pyramid.view import view_config

from .models import Cart, Order
from .payments import PaymentGateway

log = logging.getLogger(__name__)


@view_config(route_name="cart", renderer="templates/cart.jinja2", request_method="GET")
def show_cart(request):
    cart = Cart.for_session(request.session)
    return {"cart": cart, "total": cart.total()}


# expect: csrf-disabled
@view_config(route_name="cart_add", request_method="POST", check_origin=False)
def add_to_cart(request):
    cart = Cart.for_session(request.session)
    cart.add(request.POST["sku"], int(request.POST.get("qty", 1)))
    return HTTPFound(location=request.route_url("cart"))


# expect: csrf-disabled
@view_config(route_name="checkout_confirm", request_method="POST", renderer="json", check_origin=False)
def confirm_checkout(request):
    cart = Cart.for_session(request.session)
    if cart.is_empty():
        raise HTTPBadRequest("empty cart")
    order = Order.from_cart(cart, user=request.user)
    log.info("order %s confirmed", order.id)
    return {"order": order.id}


@view_config(route_name="address_save", request_method="POST", check_origin=True)
def save_address(request):
    request.user.address = request.POST["address"]
    return HTTPFound(location=request.route_url("checkout"))


@view_config(route_name="payment_return", request_method="GET", renderer="templates/done.jinja2")
def payment_return(request):
    order = Order.get(request.matchdict["order_id"])
    return {"order": order}


# expect: csrf-disabled
@view_config(route_name="payment_method", request_method="POST", check_origin=False, renderer="json")
def set_payment_method(request):
    gateway = PaymentGateway.from_settings(request.registry.settings)
    token = gateway.attach(request.user, request.POST["method_id"])
    return {"ok": True, "token": token.id}


@view_config(route_name="coupon_apply", request_method="POST", renderer="json", require_csrf=True)
def apply_coupon(request):
    cart = Cart.for_session(request.session)
    return {"discount": cart.apply_coupon(request.POST["code"])}
