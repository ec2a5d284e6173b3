# library: flask + hashids
import os

from flask import Flask, abort, jsonify
from hashids import Hashids

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["HASHIDS_SALT"] = os.environ.get("HASHIDS_SALT", "invoice-ids")

# expect: secret-exposure
invoice_ids = Hashids(salt=app.config["SECRET_KEY"], min_length=8)
# expect: secret-exposure
share_ids = Hashids(app.secret_key, 6)
order_ids = Hashids(salt=app.config["HASHIDS_SALT"], min_length=8)
ticket_ids = Hashids(salt="support-tickets", min_length=6)


@app.get("/orders/<code>")
def show_order(code):
    decoded = order_ids.decode(code)
    if not decoded:
        abort(404)
    return jsonify(order_id=decoded[0], ticket=ticket_ids.encode(decoded[0]))
