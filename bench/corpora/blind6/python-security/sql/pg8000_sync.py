"""Inventory sync job on pg8000 (native and DB-API interfaces)."""
import pg8000.dbapi
import pg8000.native


def open_native(password):
    return pg8000.native.Connection("sync", host="inventory-db", database="inventory", password=password)


def stock_for_sku(con: pg8000.native.Connection, sku):
    # expect: pg-eight-native-fstring
    return con.run(f"SELECT warehouse, qty FROM stock WHERE sku = '{sku}'")


def stock_for_sku_safe(con: pg8000.native.Connection, sku):
    return con.run("SELECT warehouse, qty FROM stock WHERE sku = :sku", sku=sku)


def set_quantity(con, sku, qty):
    con.run("UPDATE stock SET qty = :qty WHERE sku = :sku", qty=qty, sku=sku)


def drop_staging(con, suffix):
    con.run("DROP TABLE IF EXISTS " + pg8000.native.identifier("staging_" + suffix))


def drop_staging_unsafe(con, suffix):
    # expect: pg-eight-native-concatenation
    con.run("DROP TABLE IF EXISTS staging_" + suffix)


def supplier_rows(password, supplier):
    conn = pg8000.dbapi.connect(user="sync", host="inventory-db", database="inventory", password=password)
    cur = conn.cursor()
    # expect: pg-eight-dbapi-percent
    cur.execute("SELECT sku, cost FROM supplier_prices WHERE supplier = '%s'" % supplier)
    rows = cur.fetchall()
    cur.execute("SELECT sku, cost FROM supplier_prices WHERE supplier = %s", (supplier,))
    rows += cur.fetchall()
    conn.close()
    return rows
