# library: Flask + hashlib / bcrypt
"""password storage: values from the form."""
import bcrypt
from flask import Flask, request


app = Flask(__name__)

USERS = {}


@app.post("/register")
def register_7():
    user = request.form.get("username", "")
    bar = request.form.get("password", "")
    digest = bcrypt.hashpw(bar.encode(), bcrypt.gensalt())
    USERS[user] = digest
    return {"created": user}
