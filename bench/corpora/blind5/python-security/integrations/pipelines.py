"""Airflow DAG tasks and queue consumers for the nightly pipeline."""
import json
import logging
import logging.config
import pickle
from datetime import datetime

import yaml
from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator
from celery import Celery
from twilio.request_validator import RequestValidator

log = logging.getLogger(__name__)
celery_app = Celery("pipeline", broker="redis://redis:6379/0")
# expect: deserialization
celery_app.conf.update(accept_content=["pickle", "json"], task_serializer="pickle")


def load_checkpoint(path):
    with open(path, "rb") as fh:
        # expect: deserialization
        return pickle.load(fh)


def snapshot(state):
    return pickle.loads(pickle.dumps(state))


def load_pipeline_config(text):
    # expect: deserialization
    return yaml.load(text, Loader=yaml.Loader)


def load_pipeline_config_safe(text):
    return yaml.load(text, Loader=yaml.SafeLoader)


def start_log_listener():
    # expect: logging-listen
    return logging.config.listen(9030)


def verify_twilio(auth_token, url, params, signature):
    return RequestValidator(auth_token).validate(url, params, signature)


def export_partition(ds, **context):
    conf = context["dag_run"].conf or {}
    log.info("exporting %s", json.dumps(conf))


with DAG("nightly_export", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False) as dag:
    export = PythonOperator(task_id="export", python_callable=export_partition)
    compress = BashOperator(
        task_id="compress",
        # expect: command-injection
        bash_command="tar czf /data/out.tgz {{ dag_run.conf['path'] }}",
    )
    upload = BashOperator(
        task_id="upload",
        bash_command="aws s3 cp /data/out.tgz s3://exports/{{ ds }}/out.tgz",
    )
    export >> compress >> upload
