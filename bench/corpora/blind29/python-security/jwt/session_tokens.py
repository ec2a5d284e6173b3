"""Builds the session token handed to the single-page app."""
import datetime

import jwt
from flask import current_app


def login_token(user, password):
    # expect: sensitive-data-in-token
    return jwt.encode({"sub": user.id, "username": user.username, "password": password}, current_app.config["JWT_KEY"], algorithm="HS256")


def remember_token(user):
    payload = {
        "sub": user.id,
        "email": user.email,
        "password": user.password_hash,
    }
    # expect: sensitive-data-in-token
    return jwt.encode(payload, current_app.config["JWT_KEY"], algorithm="HS256")


class DeviceEnrolment:
    def __init__(self, device_id, wifi_password):
        self.device_id = device_id
        self.wifi_password = wifi_password

    def token(self):
        claims = {"device": self.device_id}
        claims["password"] = self.wifi_password
        # expect: sensitive-data-in-token
        return jwt.encode(claims, current_app.config["JWT_KEY"], algorithm="HS256")


def reset_token(user, new_password):
    claims = dict(sub=user.id, purpose="reset", password=new_password)
    # expect: sensitive-data-in-token
    return jwt.encode(claims, current_app.config["JWT_KEY"], algorithm="HS256")


def access_token(user):
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    claims = {
        "sub": user.id,
        "must_change_password": user.password_expired,
        "exp": now + datetime.timedelta(minutes=15),
    }
    return jwt.encode(claims, current_app.config["JWT_KEY"], algorithm="HS256")


def password_changed_token(user):
    return jwt.encode({"sub": user.id, "password_changed_at": user.password_changed_at.isoformat()},
                      current_app.config["JWT_KEY"], algorithm="HS256")
