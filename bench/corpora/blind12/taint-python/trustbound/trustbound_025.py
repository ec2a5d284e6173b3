# library: Flask + session[...]
"""session[...]: value from request (get_data)."""
from flask import Flask, request, session


app = Flask(__name__)

DEFAULT_VALUE = "guest"


@app.route("/profile", methods=["POST"])
def profile_13():
    param = request.get_data(as_text=True)
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    # expect: trust-boundary
    session["username"] = bar
    return {"saved": True}
