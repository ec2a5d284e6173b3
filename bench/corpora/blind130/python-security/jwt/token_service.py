"""Issues JSON Web Tokens for the mobile API."""
import datetime as dt
import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def issue_access_token(user_row):
    """user_row is the full users table row (id, email, password_hash, totp_secret, ...)."""
    # expect: jwt-exposed-data
    return jwt.encode(user_row, SECRET, algorithm="HS256")


def invite_token(invite):
    # expect: jwt-exposed-data
    return jwt.encode(invite.__dict__, SECRET, algorithm="HS256")


def profile_token(profile, key=SECRET):
    """profile carries the user's address, phone number and date of birth."""
    # expect: jwt-exposed-data
    return jwt.encode(profile, key, algorithm="HS256")


def issue_access_token_minimal(user_row):
    claims = {"sub": str(user_row["id"]), "exp": dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=15)}
    return jwt.encode(claims, SECRET, algorithm="HS256")


def invite_token_minimal(invite):
    claims = {"invite": invite.code, "team": invite.team_id, "exp": invite.expires_at}
    return jwt.encode(claims, SECRET, algorithm="HS256")


def read_token(token):
    return jwt.decode(token, SECRET, algorithms=["HS256"])
