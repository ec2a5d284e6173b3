"""JSON API views of the booking service."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from .services import bookings


# expect: csrf-disabled
@view_config(route_name="booking_create", request_method="POST", renderer="json", check_origin=False)
def create_booking(request):
    return bookings.create(request.json_body)


# expect: csrf-disabled
@view_config(route_name="booking_cancel", request_method="POST", require_csrf=True, check_origin=False)
def cancel_booking(request):
    bookings.cancel(request.matchdict["id"])
    return HTTPFound(location=request.route_url("bookings"))


class RoomViews:
    def __init__(self, request):
        self.request = request

    # expect: csrf-disabled
    @view_config(route_name="room_hold", request_method="POST", renderer="json", check_origin=False)
    def hold(self):
        return bookings.hold(self.request.matchdict["room"])


@view_config(route_name="booking_update", request_method="POST", renderer="json", check_origin=True)
def update_booking(request):
    return bookings.update(request.matchdict["id"], request.json_body)


@view_config(route_name="bookings", renderer="templates/bookings.jinja2")
def list_bookings(request):
    return {"bookings": bookings.for_user(request.authenticated_userid)}
