"""Invoice download for customers, confined to the invoice folder."""
from flask import Flask, request, send_from_directory

app = Flask(__name__)
INVOICE_DIR = "/srv/invoices"


@app.get("/invoices/download")
def download():
    name = request.args.get("file", "")
    return send_from_directory(INVOICE_DIR, name, as_attachment=True)
