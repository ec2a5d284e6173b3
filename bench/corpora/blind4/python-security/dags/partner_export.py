"""Nightly export to partners; the run configuration can be edited from the Airflow UI."""
from __future__ import annotations

from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator

DEFAULT_ARGS = {"owner": "data", "retries": 2, "retry_delay": timedelta(minutes=5)}


def _export(**context):
    from exports.partner import run_export

    conf = context["dag_run"].conf or {}
    run_export(partner=conf.get("partner", "all"), day=context["ds"])


with DAG(
    dag_id="partner_export",
    default_args=DEFAULT_ARGS,
    schedule="0 2 * * *",
    start_date=datetime(2025, 1, 1),
    catchup=False,
) as dag:
    prepare = BashOperator(task_id="prepare", bash_command="mkdir -p /data/exports/{{ ds }}")

    export = PythonOperator(task_id="export", python_callable=_export)

    upload = BashOperator(
        task_id="upload",
        # expect: airflow-bash-injection
        bash_command="aws s3 sync /data/exports/{{ ds }} s3://partner-drop/{{ dag_run.conf['partner'] }}/",
    )

    cleanup = BashOperator(task_id="cleanup", bash_command="rm -rf /data/exports/{{ ds }}")

    prepare >> export >> upload >> cleanup
