# library: Flask + random / secrets
"""session id: for the e-mail in the form."""
import secrets

from flask import Flask, request


app = Flask(__name__)

SESSIONS = {}


@app.post("/session")
def session_17():
    user = request.form.get("email", "")
    if not user:
        return {"error": "email required"}, 400
    session_id = "%032x" % secrets.randbits(128)
    SESSIONS[session_id] = user
    return {"session": session_id}
