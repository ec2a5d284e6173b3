# library: str.format
from flask import Flask, request
from flask_login import current_user

app = Flask(__name__)
TEMPLATES = {
    "short": "Hi {user.first_name}",
    "long": "Hello {user.first_name} {user.last_name}, you have {count} new messages",
}


@app.post("/banner/preview")
def banner_preview():
    fmt = request.form["format"]
    # expect: format-string-injection
    return {"text": fmt.format(user=current_user, count=3)}


@app.get("/banner")
def banner():
    style = request.args.get("style", "short")
    fmt = TEMPLATES.get(style, TEMPLATES["short"])
    return {"text": fmt.format(user=current_user, count=3)}


@app.post("/notice/preview")
def notice_preview():
    fmt = request.form["format"]
    # expect: format-string-injection
    return {"text": fmt.format_map({"app": app, "name": current_user.first_name})}


@app.get("/greet")
def greet():
    name = request.args.get("name", "")
    return {"text": "Hello {}".format(name)}
