# library: Flask + random / secrets
"""session id: for the e-mail in the form."""
import random
import secrets
import time

from flask import Blueprint, request


bp = Blueprint("weakrand_session_10", __name__)

SESSIONS = {}


@bp.post("/session")
def session_10():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    time.sleep(random.uniform(0.05, 0.2))
    session_id = "%032x" % secrets.randbits(128)
    SESSIONS[session_id] = user
    return {"session": session_id}
