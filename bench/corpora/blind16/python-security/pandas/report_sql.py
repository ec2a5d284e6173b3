# library: pandas
import pandas as pd
from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://reports@db/sales")


@app.get("/report/region")
def region_report():
    region = request.args["region"]
    df = pd.read_sql(text("SELECT month, total FROM monthly WHERE region = :r"), engine, params={"r": region})
    return df.to_json(orient="records")


@app.get("/report/region-raw")
def region_report_raw():
    region = request.args["region"]
    # expect: sql-injection
    df = pd.read_sql(f"SELECT month, total FROM monthly WHERE region = '{region}'", engine)
    return df.to_json(orient="records")


@app.get("/report/top")
def top():
    limit = int(request.args.get("limit", 10))
    df = pd.read_sql_query(f"SELECT sku, total FROM sku_totals ORDER BY total DESC LIMIT {limit}", engine)
    return df.to_json(orient="records")


@app.get("/report/customer")
def customer():
    cust = request.args["customer"]
    # expect: sql-injection
    df = pd.read_sql_query("SELECT * FROM invoices WHERE customer = '%s'" % cust, engine)
    return df.to_json(orient="records")


@app.get("/report/table")
def table():
    return pd.read_sql_table("monthly", engine).to_json(orient="records")
