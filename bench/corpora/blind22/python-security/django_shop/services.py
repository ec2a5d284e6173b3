"""Business logic for the shop views."""
import os
import subprocess

from django.db import connection
from django.http import FileResponse, HttpResponseRedirect
from django.utils.html import format_html

INVOICE_DIR = "/srv/invoices"


def render_invoice(order_id, lang):
    out = os.path.join(INVOICE_DIR, f"{order_id}.pdf")
    # expect: command-injection
    subprocess.run(f"wkhtmltopdf --lang {lang} http://localhost/invoice/{order_id} {out}", shell=True, check=True)
    subprocess.run(["wkhtmltopdf", f"http://localhost/invoice/{int(order_id)}", out], check=True)
    return out


def products(opts):
    category = opts.get("category")
    with connection.cursor() as cur:
        if category == "all":
            cur.execute("SELECT id, name FROM shop_product")
        else:
            # expect: sql-injection
            cur.execute("SELECT id, name FROM shop_product WHERE category = '%s'" % category)
        return cur.fetchall()


def coupon_message(code):
    if len(code) > 12:
        return format_html("<p>Coupon {} is not valid</p>", code)
    # expect: xss
    return "<p>Coupon " + code + " applied</p>"


def attachment_response(names):
    first = names[0] if names else "readme.txt"
    # expect: path-traversal
    return FileResponse(open(os.path.join(INVOICE_DIR, first), "rb"))


def back_to(url):
    # expect: open-redirect
    return HttpResponseRedirect(url)
