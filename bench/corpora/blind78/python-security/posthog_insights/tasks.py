"""Celery tasks: exports of an insight run off the request thread."""
import csv
import io
import logging
import os

from celery import shared_task

from posthog_insights.client import ch_client

logger = logging.getLogger(__name__)

EXPORT_ROOT = os.environ.get("POSTHOG_EXPORT_ROOT", "/var/lib/posthog/exports")


@shared_task(ignore_result=True)
def export_events_csv(team_id: int, filter_dict: dict, export_name: str) -> str:
    where = [f"team_id = {int(team_id)}"]
    for prop in filter_dict.get("properties", []):
        where.append(f"JSONExtractString(properties, '{prop['key']}') = '{prop['value']}'")
    sql = "SELECT uuid, event, timestamp, distinct_id FROM events WHERE " + " AND ".join(where) + " LIMIT 100000"
    # expect: sql-injection
    rows = ch_client().execute(sql)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["uuid", "event", "timestamp", "distinct_id"])
    writer.writerows(rows)
    path = os.path.join(EXPORT_ROOT, str(team_id), os.path.basename(export_name) or "export.csv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(buffer.getvalue())
    return path


@shared_task(ignore_result=True)
def export_cohort_csv(team_id: int, cohort_id: int) -> str:
    rows = ch_client().execute(
        "SELECT person_id FROM cohortpeople WHERE team_id = %(team_id)s AND cohort_id = %(cohort_id)s",
        {"team_id": team_id, "cohort_id": cohort_id},
    )
    path = os.path.join(EXPORT_ROOT, str(int(team_id)), f"cohort-{int(cohort_id)}.csv")
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(f"{r[0]}\n" for r in rows)
    return path
