import logging
import os

from redis import Redis
from rq import Queue, Worker

from flask_app.src.storage import OUTPUT_DIR, UPLOAD_DIR

listen = ["default"]
logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
log = logging.getLogger("apt-worker")


def ensure_dirs():
    for path in (UPLOAD_DIR, OUTPUT_DIR):
        os.makedirs(path, exist_ok=True)
        os.chmod(path, 0o750)


def connection():
    return Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


def run():
    ensure_dirs()
    redis_conn = connection()
    worker = Worker([Queue(name, connection=redis_conn) for name in listen], connection=redis_conn)
    log.info("worker listening on %s", ", ".join(listen))
    worker.work(with_scheduler=False)


if __name__ == "__main__":
    run()
