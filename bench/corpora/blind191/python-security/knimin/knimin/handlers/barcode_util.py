#!/usr/bin/env python
from tornado.escape import xhtml_escape
from tornado.web import authenticated

from knimin import db
from knimin.handlers.access_decorators import set_access
from knimin.handlers.base import BaseHandler
from knimin.lib.mail import send_email, render_custom_email


class BarcodeUtilHandler(BaseHandler):
    @authenticated
    @set_access(['Scan Barcodes'])
    def get(self):
        self.render("barcode_util.html", barcode=None, barcode_info=None,
                    msgs=None, currentuser=self.current_user)

    @authenticated
    @set_access(['Scan Barcodes'])
    def post(self):
        barcode = self.get_argument('barcode', '').strip()
        details = db.get_barcode_details(barcode)
        if not details:
            # expect: xss
            self.write("<div class='alert'>Barcode %s is not in the database</div>" % barcode)
            return
        self.render("barcode_util.html", barcode=barcode, barcode_info=details,
                    msgs=None, currentuser=self.current_user)


class BarcodeLookupHandler(BaseHandler):
    @authenticated
    def get(self):
        barcode = self.get_argument('barcode', '')
        status = db.get_barcode_status(barcode)
        self.write("<span class='status'>%s: %s</span>"
                   % (xhtml_escape(barcode), xhtml_escape(status or 'unknown')))


class BarcodeEmailHandler(BaseHandler):
    @authenticated
    @set_access(['Scan Barcodes'])
    def post(self):
        barcode = self.get_argument('barcode')
        details = db.get_barcode_details(barcode)
        subject = self.get_argument('subject', 'American Gut sample update')
        body_template = self.get_argument('body')
        body = render_custom_email(body_template, details)
        send_email(body, subject, recipient=details['email'], html=True)
        self.write({'sent': True})


class BarcodeStatusJSON(BaseHandler):
    @authenticated
    def get(self):
        barcodes = self.get_arguments('barcode')
        self.write({'statuses': {b: db.get_barcode_status(b) for b in barcodes}})
