"""Celery task wrappers; the work itself lives in application.worker."""
from application.celery_init import celery
from application.worker import ingest_worker, remote_worker


@celery.task(bind=True)
def ingest(self, directory, formats, job_name, user):
    return ingest_worker(self, directory, formats, job_name, user)


@celery.task(bind=True)
def ingest_remote(self, source_data, job_name, user, loader):
    return remote_worker(self, source_data, job_name, user, loader)


@celery.task(bind=True)
def schedule_syncs(self, frequency):
    from application.api.user.base import sources_collection

    synced = 0
    for doc in sources_collection.find({"sync_frequency": frequency}):
        remote = doc.get("remote_data") or {}
        if remote.get("type") and doc.get("source_data"):
            remote_worker(self, doc["source_data"], doc["name"], doc["user"], remote["type"])
            synced += 1
    return {"status": "ok", "synced": synced}


@celery.task(bind=True)
def delete_old_tasks(self, keep_days=7):
    """Housekeeping: drop finished task results older than keep_days."""
    from application.core.mongo_db import MongoDB

    db = MongoDB.get_client()["docsgpt"]
    return db["celery_taskmeta"].delete_many({"status": "SUCCESS", "age_days": {"$gt": int(keep_days)}}).deleted_count
