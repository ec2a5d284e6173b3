# library: Flask + session[...]
"""session[...]: value from request (form[...])."""
from flask import Flask, request, session


app = Flask(__name__)


@app.route("/profile", methods=["POST"])
def profile_5():
    param = request.form["pref"]
    num = 106
    if (7 * 18) + num > 200:
        bar = "guest"
    else:
        bar = param
    session["username"] = bar
    return {"saved": True}
