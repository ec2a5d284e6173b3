from sqlalchemy import text

from linotp.model import db

SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


class TokenIterator:
    def __init__(self, filter=None, sort_by="LinOtpTokenSerialnumber", sort_dir="asc"):
        direction = SORT_DIRECTIONS.get(str(sort_dir).lower(), "ASC")
        if filter:
            self._rows = db.session.execute(text("SELECT LinOtpTokenSerialnumber, LinOtpTokenDesc FROM Token WHERE LinOtpTokenDesc LIKE :f"), {"f": f"%{filter}%"})
        else:
            # expect: sql-injection
            self._rows = db.session.execute(text(f"SELECT LinOtpTokenSerialnumber, LinOtpTokenDesc FROM Token ORDER BY {sort_by} {direction}"))

    def __iter__(self):
        for serial, desc in self._rows:
            yield {"serial": serial, "description": desc}
