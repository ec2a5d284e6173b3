# library: flask-sqlalchemy
from flask import Flask, abort, request
from flask_login import current_user, login_required
from flask_sqlalchemy import SQLAlchemy

app, db = Flask(__name__), SQLAlchemy()
EDITABLE = {"display_name", "bio", "timezone"}


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    display_name, bio = db.Column(db.String(80)), db.Column(db.Text)
    timezone, is_admin = db.Column(db.String(40)), db.Column(db.Boolean, default=False)


@app.patch("/profile")
@login_required
def update_profile():
    for key, value in request.get_json().items():
        # expect: mass-assignment
        setattr(current_user, key, value)
    db.session.commit()
    return {"ok": True}


@app.patch("/profile-safe")
@login_required
def update_profile_safe():
    data = request.get_json()
    for key in EDITABLE & data.keys():
        setattr(current_user, key, data[key])
    db.session.commit()
    return {"ok": True}


@app.post("/users")
@login_required
def create_user():
    if not current_user.is_admin:
        abort(403)
    # expect: mass-assignment
    user = User(**request.get_json())
    db.session.add(user)
    db.session.commit()
    return {"id": user.id}
