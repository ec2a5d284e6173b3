"""Admin pages of the booking app (single-module Flask app)."""
from flask import Blueprint, Flask, redirect, render_template, request, url_for

from .models import Booking, Room, User

app = Flask(__name__)
reports = Blueprint("reports", __name__, url_prefix="/reports")


@app.route("/admin/users")
def list_users():
    return render_template("admin/users.html", users=User.query.order_by(User.email).all())


@app.route("/admin/rooms")
def list_rooms():
    return render_template("admin/rooms.html", rooms=Room.query.all())


@app.route("/admin/bookings")
@app.route("/admin/bookings/<int:page>")
def list_bookings(page=1):
    return render_template("admin/bookings.html", page=Booking.query.paginate(page=page))


# expect: duplicate-handler
@app.route("/admin/users/disabled")
def list_users():
    return render_template("admin/users.html", users=User.query.filter_by(active=False).all())


@app.route("/admin/rooms/<int:room_id>", methods=["POST"])
def update_room(room_id):
    room = Room.query.get_or_404(room_id)
    room.name = request.form["name"]
    return redirect(url_for("list_rooms"))


# expect: duplicate-handler
@app.route("/admin/rooms/<int:room_id>/close", methods=["POST"])
def update_room(room_id):
    room = Room.query.get_or_404(room_id)
    room.closed = True
    return redirect(url_for("list_rooms"))


@reports.route("/users")
def users_report():
    return render_template("reports/users.html", count=User.query.count())


@app.route("/admin/reports/users")
def users_report():
    return redirect(url_for("reports.users_report"))


@app.route("/admin/bookings/export")
def export_bookings():
    return render_template("admin/export.html", bookings=Booking.query.all())


# expect: duplicate-handler
@app.route("/admin/bookings/export.csv")
def export_bookings():
    rows = [",".join((str(b.id), b.guest, b.day.isoformat())) for b in Booking.query.all()]
    return "\n".join(rows), 200, {"Content-Type": "text/csv"}


app.register_blueprint(reports)
