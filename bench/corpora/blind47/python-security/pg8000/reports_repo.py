"""Reporting queries against the warehouse, over pg8000."""
import pg8000
import pg8000.native

SORTABLE = {"created": "created_at", "total": "order_total"}


def orders_for_customer(customer_name):
    conn = pg8000.native.Connection("reporting", host="warehouse", database="sales")
    sql = "SELECT id, order_total FROM orders WHERE customer = '" + customer_name + "'"
    # expect: sql-injection
    return conn.run(sql)


def revenue_between(start, end, region):
    conn = pg8000.native.Connection("reporting", host="warehouse", database="sales")
    # expect: sql-injection
    return conn.run("SELECT sum(order_total) FROM orders WHERE region = '{}' AND day BETWEEN '{}' AND '{}'".format(region, start, end))


def archive_rows(table, cutoff):
    conn = pg8000.connect(user="etl", host="warehouse", database="sales")
    cursor = conn.cursor()
    query = "DELETE FROM archive_queue WHERE source = "
    query += "'%s'" % table
    # expect: sql-injection
    cursor.execute(query)
    conn.commit()


def tag_products(tag, product_ids):
    conn = pg8000.connect(user="etl", host="warehouse", database="sales")
    cursor = conn.cursor()
    rows = [(pid,) for pid in product_ids]
    cursor.executemany(
        # expect: sql-injection
        "UPDATE products SET tag = '%s' WHERE id = %%s" % (tag,),
        rows,
    )
    conn.commit()


def prepared_lookup(column):
    conn = pg8000.native.Connection("reporting", host="warehouse", database="sales")
    # expect: sql-injection
    stmt = conn.prepare(f"SELECT id FROM customers WHERE {column} = :value")
    return stmt


def customer_by_id(customer_id):
    conn = pg8000.native.Connection("reporting", host="warehouse", database="sales")
    return conn.run("SELECT id, name FROM customers WHERE id = :cid", cid=customer_id)


def top_orders(sort_key, limit):
    conn = pg8000.native.Connection("reporting", host="warehouse", database="sales")
    column = SORTABLE.get(sort_key, "created_at")
    sql = "SELECT id FROM orders ORDER BY " + column + " DESC LIMIT :n"
    return conn.run(sql, n=int(limit))


def count_region(region):
    conn = pg8000.connect(user="etl", host="warehouse", database="sales")
    cursor = conn.cursor()
    cursor.execute("SELECT count(*) FROM orders WHERE region = %s", (region,))
    return cursor.fetchone()[0]
