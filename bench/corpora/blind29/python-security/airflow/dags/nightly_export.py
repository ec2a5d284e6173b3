"""Nightly export of the warehouse to the partner bucket."""
from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.operators.bash import BashOperator as ModernBashOperator
from airflow.operators.bash_operator import BashOperator

db_name = Variable.get("export_db")
bucket = Variable.get("export_bucket")
tables = Variable.get("export_tables", deserialize_json=True)

with DAG("nightly_export", start_date=datetime(2024, 1, 1), schedule_interval="@daily", catchup=False) as dag:
    # expect: command-injection
    dump = BashOperator(task_id="dump", bash_command="pg_dump -Fc " + db_name + " > /tmp/export.dump")

    upload = BashOperator(
        task_id="upload",
        # expect: command-injection
        bash_command="aws s3 cp /tmp/export.dump s3://{}/{}/".format(bucket, db_name),
    )

    cmd = "python /opt/jobs/export.py --tables %s" % ",".join(tables)
    # expect: command-injection
    export = BashOperator(task_id="export", bash_command=cmd)

    archive_cmd = "tar czf /tmp/export.tgz"
    archive_cmd += " " + " ".join(f"/tmp/{t}.csv" for t in tables)
    # expect: command-injection
    archive = ModernBashOperator(task_id="archive", bash_command=archive_cmd)

    announce = BashOperator(task_id="announce", bash_command="echo export for {{ ds }} finished")

    notify = ModernBashOperator(
        task_id="notify",
        bash_command="/opt/jobs/notify.sh ",
        env={"TARGET_BUCKET": bucket, "DB_NAME": db_name},
    )

    dump >> upload >> export >> archive >> announce >> notify
