"""Database access for the lab management UI."""
import psycopg2
from psycopg2.extras import DictCursor

from knimin import config


class KniminAccess(object):
    def __init__(self):
        self._con = psycopg2.connect(user=config.db_user, password=config.db_password,
                                     database=config.db_database, host=config.db_host,
                                     port=config.db_port)

    def _sql(self, sql, args=None):
        with self._con.cursor(cursor_factory=DictCursor) as cur:
            cur.execute(sql, args)
            return cur.fetchall()

    def get_barcode_details(self, barcode):
        rows = self._sql("""SELECT b.barcode, b.status, b.scan_date, k.supplied_kit_id, l.email
                            FROM barcodes.barcode b
                            LEFT JOIN ag.ag_kit_barcodes k USING (barcode)
                            LEFT JOIN ag.ag_login l ON l.ag_login_id = k.ag_login_id
                            WHERE b.barcode = %s""", [barcode])
        return dict(rows[0]) if rows else {}

    def get_barcode_status(self, barcode):
        rows = self._sql("SELECT status FROM barcodes.barcode WHERE barcode = %s", [barcode])
        return rows[0][0] if rows else None

    def search_kits(self, term):
        with self._con.cursor(cursor_factory=DictCursor) as cur:
            # expect: sql-injection
            cur.execute("SELECT supplied_kit_id, kit_verified FROM ag.ag_kit WHERE supplied_kit_id LIKE '%%%s%%' ORDER BY supplied_kit_id" % term)
            return [dict(r) for r in cur.fetchall()]

    def search_participants(self, term):
        return [dict(r) for r in self._sql(
            "SELECT participant_name FROM ag.ag_login_surveys WHERE participant_name ILIKE %s",
            ['%' + term + '%'])]

    def get_used_kit_ids(self):
        return [r[0] for r in self._sql("SELECT supplied_kit_id FROM ag.ag_kit")]

    def add_barcodes_to_kit(self, kit_id, num_barcodes):
        with self._con.cursor() as cur:
            cur.execute("SELECT ag.add_barcodes_to_kit(%s, %s)", [kit_id, int(num_barcodes)])
        self._con.commit()
