# library: Flask (request.host / url_root in links)
"""Password reset e-mails."""
from flask import Flask, current_app, request, url_for

from .mail import send_mail
from .tokens import make_reset_token

app = Flask(__name__)
app.config["PUBLIC_BASE_URL"] = "https://app.example.com"


@app.post("/password/forgot")
def forgot_password():
    user = find_user(request.form["email"])
    token = make_reset_token(user)
    # expect: host-header-injection
    link = f"https://{request.host}/password/reset/{token}"
    send_mail(user.email, "Reset your password", link)
    return "", 204


@app.post("/password/forgot-v2")
def forgot_password_v2():
    user = find_user(request.form["email"])
    token = make_reset_token(user)
    base = current_app.config["PUBLIC_BASE_URL"]
    send_mail(user.email, "Reset your password", f"{base}/password/reset/{token}")
    return "", 204


@app.post("/invite")
def invite():
    # expect: host-header-injection
    link = request.url_root + "join/" + make_reset_token(None)
    send_mail(request.form["email"], "You are invited", link)
    return "", 204


@app.get("/whoami")
def whoami():
    return {"host": request.host, "path": url_for("whoami")}


def find_user(email):
    raise NotImplementedError
