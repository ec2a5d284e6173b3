from django.db import connection

ASSET_ORDERING = {
    "hostname": "a.hostname",
    "barcode": "a.barcode",
    "position": "a.position",
}


def assets_in_rack(rack, order):
    column = ASSET_ORDERING.get(order, "a.hostname")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT a.id, a.hostname FROM dc_asset a WHERE a.rack_id = %s ORDER BY {column}",
            [rack],
        )
        return cursor.fetchall()


def asset_by_barcode(barcode):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT id, hostname FROM dc_asset WHERE barcode = '{barcode}'")
        return cursor.fetchone()
