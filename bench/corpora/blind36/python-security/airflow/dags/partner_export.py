"""Nightly partner exports."""
import json
from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.operators.bash import BashOperator
from airflow.operators.bash_operator import BashOperator as Bash

with open("/opt/airflow/config/partners.json") as fh:
    PARTNERS = json.load(fh)

with DAG("partner_export", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False) as dag:
    bucket = Variable.get("export_bucket")

    dump = BashOperator(
        task_id="dump_orders",
        # expect: command-injection
        bash_command=f"pg_dump --table=orders {Variable.get('orders_dsn')} > /tmp/orders.sql",
    )

    upload_cmd = "aws s3 cp /tmp/orders.sql "
    upload_cmd += "s3://" + bucket + "/orders/"
    upload = Bash(
        task_id="upload_orders",
        # expect: command-injection
        bash_command=upload_cmd,
    )

    notify = Bash(
        task_id="notify",
        # expect: command-injection
        bash_command="curl -fsS -X POST {} -d 'done'".format(Variable.get("notify_url")),
    )

    pushes = [
        BashOperator(
            task_id=f"push_{p['slug']}",
            # expect: command-injection
            bash_command="rsync -az /exports/%s/ %s:%s" % (p["slug"], p["host"], p["path"]),
        )
        for p in PARTNERS
    ]

    archive = BashOperator(
        task_id="archive",
        bash_command='tar czf "/archive/orders-$DS.tgz" /tmp/orders.sql',
        env={"DS": "{{ ds }}"},
    )

    cleanup = BashOperator(
        task_id="cleanup",
        bash_command="scripts/cleanup.sh ",
        append_env=True,
        env={"EXPORT_BUCKET": bucket},
    )

    dump >> upload >> notify >> pushes >> archive >> cleanup
