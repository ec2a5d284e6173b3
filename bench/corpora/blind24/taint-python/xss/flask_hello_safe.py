"""Profile card snippet, escaped."""
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/card")
def card():
    name = escape(request.args.get("name", ""))
    bio = escape(request.args.get("bio", ""))
    parts = ["<div class='card'>", f"<h3>{name}</h3>", f"<p>{bio}</p>", "</div>"]
    return "".join(parts)
