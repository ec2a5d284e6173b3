"""Invoice download for customers."""
import os

from flask import Flask, request, send_file

app = Flask(__name__)
INVOICE_DIR = "/srv/invoices"


@app.get("/invoices/download")
def download():
    name = request.args.get("file", "")
    path = os.path.join(INVOICE_DIR, name)
    # expect: path-traversal
    return send_file(path, as_attachment=True)
