import sqlite3


def param(req, name, default=None):
    return req.get_param(name, default=default)


def conn():
    return sqlite3.connect("/srv/tools/tools.db")


class Lookup:
    def __init__(self, req):
        self.req = req

    def value(self, name):
        return self.req.get_param(name) or ""
