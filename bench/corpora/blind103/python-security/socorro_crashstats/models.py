import os

import psycopg2
import requests
from django.conf import settings

ALLOWED_SORT_COLUMNS = {"date", "signature", "product", "version", "uptime"}


class SocorroMiddleware:
    base_url = settings.SOCORRO_API_URL
    required_params = ()

    def fetch(self, path, params):
        return requests.get(self.base_url + path, params=params, timeout=30).json()


class ProcessedCrash(SocorroMiddleware):
    def get(self, crash_id, datatype="processed"):
        key = os.path.join(settings.CRASH_STORAGE_ROOT, "v1", datatype, crash_id)
        # expect: path-traversal
        with open(key, "rb") as fh:
            return fh.read()


class Bugs(SocorroMiddleware):
    def get(self, signatures):
        return self.fetch("/bugs/", {"signatures": signatures})


class SignatureFirstDate(SocorroMiddleware):
    def __init__(self):
        self.conn = psycopg2.connect(settings.DATABASE_DSN)

    def get(self, signatures, sort):
        order = sort if sort in ALLOWED_SORT_COLUMNS else "date"
        with self.conn.cursor() as cur:
            cur.execute("SELECT signature, first_date FROM signatures WHERE signature = ANY(%s) ORDER BY " + order, (signatures,))
            rows = cur.fetchall()
        return rows

    def get_like(self, prefix, sort):
        with self.conn.cursor() as cur:
            # expect: sql-injection
            cur.execute("SELECT signature, first_date FROM signatures WHERE signature LIKE '%s%%' ORDER BY %s" % (prefix, sort))
            return cur.fetchall()


class SymbolsProxy(SocorroMiddleware):
    def get(self, symbols_url, debug_file):
        # expect: ssrf
        return requests.get(f"{symbols_url}/{debug_file}", timeout=30).content

    def get_default(self, debug_file):
        return requests.get(f"{settings.SYMBOLS_URL}/{debug_file}", timeout=30).content
