# library: duckdb
import duckdb
from flask import Flask, abort, request

app = Flask(__name__)
con = duckdb.connect("warehouse.duckdb", read_only=True)

DATASETS = {"sales": "data/sales.parquet", "returns": "data/returns.parquet"}


@app.get("/preview")
def preview():
    name = request.args.get("dataset", "sales")
    path = DATASETS.get(name)
    if path is None:
        abort(404)
    rows = con.execute(f"SELECT * FROM read_parquet('{path}') LIMIT 20").fetchall()
    return {"rows": rows}


@app.get("/sales/region")
def region():
    region = request.args["region"]
    rows = con.execute("SELECT sku, sum(qty) FROM sales WHERE region = ? GROUP BY sku", [region]).fetchall()
    return {"rows": rows}


@app.get("/sales/region-raw")
def region_raw():
    region = request.args["region"]
    # expect: sql-injection
    rows = con.sql(f"SELECT sku, sum(qty) FROM sales WHERE region = '{region}' GROUP BY sku").fetchall()
    return {"rows": rows}


@app.get("/import")
def import_csv():
    src = request.args["src"]
    # expect: sql-injection
    con.execute("CREATE OR REPLACE TEMP TABLE staging AS SELECT * FROM read_csv_auto('" + src + "')")
    return {"ok": True}
