"""Airflow DAG exporting partner data every night."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator


def _prepare(**context):
    conf = context["dag_run"].conf or {}
    return conf.get("partner", "default")


with DAG("partner_export", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False) as dag:
    prepare = PythonOperator(task_id="prepare", python_callable=_prepare)

    export = BashOperator(
        task_id="export",
        bash_command="/opt/etl/export.sh {{ ds }}",
    )

    partner = "{{ dag_run.conf['partner'] }}"
    # expect: command-injection
    upload = BashOperator(task_id="upload", bash_command=f"/opt/etl/upload.sh {partner}")

    notify = BashOperator(
        task_id="notify",
        bash_command="/opt/etl/notify.sh \"$PARTNER\"",
        env={"PARTNER": "{{ dag_run.conf.get('partner', 'default') }}"},
    )

    table = "{{ params.table }}"
    # expect: command-injection
    cleanup = BashOperator(task_id="cleanup", bash_command="psql -c 'VACUUM {}'".format(table), params={"table": "exports"})

    prepare >> export >> upload >> notify >> cleanup
