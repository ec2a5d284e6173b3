# library: PyJWT (claims contents)
"""Tokens handed to the single-page app."""
import os

import jwt

KEY = os.environ["SPA_JWT_KEY"]


def token_for(user):
    # expect: credential-leak
    return jwt.encode({"sub": user.id, "email": user.email, "password": user.password}, KEY, algorithm="HS256")


def token_for_safe(user):
    return jwt.encode({"sub": user.id, "email": user.email, "roles": user.roles}, KEY, algorithm="HS256")


def reset_token(user, new_password):
    # expect: credential-leak
    return jwt.encode({"sub": user.id, "purpose": "reset", "password": new_password}, KEY, algorithm="HS256")


def has_password_claim(token):
    return "password" in jwt.decode(token, KEY, algorithms=["HS256"])
