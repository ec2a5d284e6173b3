# library: Apache Airflow (BashOperator)
"""Nightly export DAG; the table list comes from DAG run conf."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import get_current_context

with DAG("nightly_export", start_date=datetime(2026, 1, 1), schedule="@daily", catchup=False) as dag:
    dump_fixed = BashOperator(
        task_id="dump_fixed",
        bash_command="pg_dump -t public.orders -f /exports/orders_{{ ds_nodash }}.sql",
    )

    dump_env = BashOperator(
        task_id="dump_env",
        bash_command='pg_dump -t "$TABLE" -f "/exports/$TABLE.sql"',
        env={"TABLE": "{{ dag_run.conf.get('table', 'orders') }}"},
    )


def build_copy_task(bucket, prefix):
    return BashOperator(
        task_id=f"copy_{prefix}",
        # expect: command-injection
        bash_command=f"aws s3 cp /exports/ s3://{bucket}/{prefix}/ --recursive",
    )


def build_notify_task(channel, message):
    return BashOperator(
        task_id="notify",
        # expect: command-injection
        bash_command="notify-send --channel %s '%s'" % (channel, message),
    )


def build_cleanup_task():
    return BashOperator(task_id="cleanup", bash_command="find /exports -mtime +7 -delete")
