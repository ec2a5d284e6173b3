"""JSON API views of the bookings service."""
from pyramid.httpexceptions import HTTPBadRequest, HTTPNoContent
from pyramid.view import view_config

from .models import Booking, DBSession

ORIGIN_CHECK = False


# expect: csrf
@view_config(route_name="bookings", request_method="POST", renderer="json", check_origin=False)
def create_booking(request):
    data = request.json_body
    booking = Booking(room=data["room"], starts=data["starts"], owner=request.authenticated_userid)
    DBSession.add(booking)
    return {"id": booking.id}


@view_config(
    route_name="booking",
    request_method="DELETE",
    # expect: csrf
    check_origin=False,
    require_csrf=True,
)
def cancel_booking(request):
    DBSession.query(Booking).filter_by(id=request.matchdict["id"]).delete()
    return HTTPNoContent()


# expect: csrf
@view_config(route_name="booking_move", request_method="POST", renderer="json", check_origin=ORIGIN_CHECK)
def move_booking(request):
    booking = DBSession.get(Booking, request.matchdict["id"])
    if booking is None:
        raise HTTPBadRequest()
    booking.room = request.json_body["room"]
    return {"ok": True}


# expect: csrf
@view_config(route_name="booking_share", request_method="POST", renderer="json", check_origin=0)
def share_booking(request):
    booking = DBSession.get(Booking, request.matchdict["id"])
    booking.shared_with = request.json_body.get("emails", [])
    return {"ok": True}


@view_config(route_name="booking_note", request_method="POST", renderer="json", check_origin=True)
def add_note(request):
    booking = DBSession.get(Booking, request.matchdict["id"])
    booking.note = request.json_body.get("note", "")
    return {"ok": True}


@view_config(route_name="bookings", request_method="GET", renderer="json")
def list_bookings(request):
    rows = DBSession.query(Booking).filter_by(owner=request.authenticated_userid).all()
    return [{"id": b.id, "room": b.room} for b in rows]


@view_config(route_name="booking_confirm", request_method="POST", renderer="json", require_csrf=True)
def confirm_booking(request):
    booking = DBSession.get(Booking, request.matchdict["id"])
    booking.confirmed = True
    return {"ok": True}
