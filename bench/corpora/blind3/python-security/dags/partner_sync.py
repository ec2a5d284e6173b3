"""Airflow DAG that pulls partner files and loads them into the warehouse."""

from __future__ import annotations

import pendulum
from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

with DAG(
    dag_id="partner_sync",
    schedule="0 3 * * *",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    params={"partner": "acme-eu", "table": "partner_rows"},
) as dag:

    fetch = BashOperator(
        task_id="fetch",
        # expect: command-injection
        bash_command="curl -fsS https://files.partner.example/{{ dag_run.conf['path'] }} -o /data/in.csv",
    )

    checksum = BashOperator(
        task_id="checksum",
        bash_command="sha256sum /data/in.csv > /data/in.csv.sha256",
    )

    def load(**context):
        partner = context["dag_run"].conf.get("partner", "acme-eu")
        hook = PostgresHook(postgres_conn_id="warehouse")
        # expect: sql-injection
        hook.run(f"DELETE FROM partner_rows WHERE partner = '{partner}'")
        hook.run("INSERT INTO partner_rows SELECT * FROM staging_partner_rows WHERE partner = %s",
                 parameters=(partner,))

    load_task = PythonOperator(task_id="load", python_callable=load)

    fetch >> checksum >> load_task
