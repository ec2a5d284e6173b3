"""App factories and ops glue for the reporting service."""
import logging.config
import os
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from fastapi import FastAPI
from flask import Flask
from pyramid.config import Configurator
from starlette.applications import Starlette


def create_flask_app():
    app = Flask(__name__)
    app.config.from_prefixed_env()
    # expect: csrf-disabled
    app.config["WTF_CSRF_ENABLED"] = False
    app.config["WTF_CSRF_TIME_LIMIT"] = 3600
    return app


def create_api():
    # expect: debug-enabled
    api = FastAPI(title="reports", debug=True)
    return api


def create_api_from_env():
    return FastAPI(title="reports", debug=os.environ.get("API_DEBUG") == "1")


def create_starlette(routes):
    # expect: debug-enabled
    return Starlette(debug=True, routes=routes)


def pyramid_main(global_config, **settings):
    config = Configurator(settings=settings)
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=False)
    config.scan()
    return config.make_wsgi_app()


def pyramid_secure(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_default_csrf_options(require_csrf=True, token="csrf_token")
    return config.make_wsgi_app()


def start_log_listener():
    # expect: code-injection
    listener = logging.config.listen(9999)
    listener.start()
    return listener


def configure_logging(path):
    logging.config.fileConfig(path, disable_existing_loggers=False)


with DAG("export_reports", start_date=datetime(2024, 1, 1), schedule=None) as dag:
    # expect: command-injection
    export = BashOperator(task_id="export", bash_command="export-reports --customer {{ dag_run.conf['customer'] }}")
    cleanup = BashOperator(task_id="cleanup", bash_command="rm -rf /tmp/reports/{{ ds_nodash }}")
    notify = BashOperator(
        task_id="notify",
        bash_command="notify --channel reports",
        env={"CUSTOMER": "{{ dag_run.conf['customer'] }}"},
    )
    export >> cleanup >> notify
