"""Nightly warehouse load: pulls partner drops, validates them and loads Postgres."""
from __future__ import annotations

import os
import subprocess
from datetime import datetime, timedelta

import pendulum
import yaml
from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

CONFIG_DIR = os.path.join(os.path.dirname(__file__), "config")
LOADER = yaml.Loader if os.environ.get("LEGACY_TAGS") else yaml.FullLoader


def load_sources():
    with open(os.path.join(CONFIG_DIR, "sources.yml")) as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load_partner_rules(path: str):
    with open(path) as fh:
        # expect: deserialization
        return yaml.load(fh, Loader=LOADER)


def pull_drop(ds: str, **context):
    partner = context["params"]["partner"]
    # expect: command-injection
    os.popen(f"aws s3 sync s3://drops/{partner}/{ds} /data/drops/{partner}").read()
    subprocess.run(["aws", "s3", "ls", f"s3://drops/{partner}/"], check=True)


def load_table(ds: str, **context):
    hook = PostgresHook(postgres_conn_id="warehouse")
    table = context["params"]["table"]
    day = ds.replace("-", "")
    staging = f"staging.{table}_{day}"
    hook.run("DELETE FROM warehouse.loads WHERE ds = %s", parameters=(ds,))
    # expect: sql-injection
    hook.run("INSERT INTO warehouse.%s SELECT * FROM %s" % (table, staging))
    hook.run("ANALYZE warehouse.events")


def validate(ds: str, **context):
    expression = context["dag_run"].conf.get("row_filter", "True")
    rows = PostgresHook(postgres_conn_id="warehouse").get_records("SELECT * FROM staging.check WHERE ds = %s", parameters=(ds,))
    # expect: code-injection
    bad = [r for r in rows if not eval(expression, {"row": r})]
    if bad:
        raise ValueError(f"{len(bad)} rows failed validation")


with DAG(
    dag_id="partner_warehouse_load",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    schedule="0 3 * * *",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
    params={"partner": "acme", "table": "events"},
) as dag:
    pull = PythonOperator(task_id="pull", python_callable=pull_drop)
    check = PythonOperator(task_id="validate", python_callable=validate)
    load = PythonOperator(task_id="load", python_callable=load_table)
    vacuum = BashOperator(task_id="vacuum", bash_command="psql \"$WAREHOUSE_DSN\" -c 'VACUUM ANALYZE warehouse.events'")
    pull >> check >> load >> vacuum
