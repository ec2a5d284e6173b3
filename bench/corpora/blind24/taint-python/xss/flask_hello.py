"""Profile card snippet."""
from flask import Flask, request

app = Flask(__name__)


@app.get("/card")
def card():
    name = request.args.get("name", "")
    bio = request.args.get("bio", "")
    parts = ["<div class='card'>", f"<h3>{name}</h3>", f"<p>{bio}</p>", "</div>"]
    # expect: xss
    return "".join(parts)
