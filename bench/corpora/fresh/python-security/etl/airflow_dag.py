from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

default_args = {"owner": "data", "retries": 2, "retry_delay": timedelta(minutes=5)}


def dedupe(**context):
    table = context["params"]["table"]
    day = context["ds"]
    hook = PostgresHook(postgres_conn_id="warehouse")
    # expect: sql-injection
    hook.run(f"DELETE FROM {table} a USING {table} b WHERE a.id < b.id AND a.key = b.key AND a.day = '{day}'")


def count_rows(**context):
    hook = PostgresHook(postgres_conn_id="warehouse")
    return hook.get_first("SELECT count(*) FROM events WHERE day = %s", parameters=(context["ds"],))[0]


with DAG("events_daily", start_date=datetime(2024, 1, 1), schedule="@daily", default_args=default_args, catchup=False,
         params={"table": "events", "bucket": "raw-events"}) as dag:
    pull = BashOperator(task_id="pull", bash_command="aws s3 sync s3://{{ params.bucket }}/{{ ds }} /data/{{ ds }}")
    # expect: command-injection
    notify = BashOperator(task_id="notify", bash_command="curl -fsS -d 'done' " + "{{ dag_run.conf['callback'] }}")
    dd = PythonOperator(task_id="dedupe", python_callable=dedupe)
    cnt = PythonOperator(task_id="count", python_callable=count_rows)
    pull >> dd >> cnt >> notify
