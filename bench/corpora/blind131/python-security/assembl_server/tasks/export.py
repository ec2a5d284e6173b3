import os

from assembl_server.models import post as post_model
from assembl_server.tasks import celery, get_db

EXPORT_DIR = "/var/lib/assembl/exports"


@celery.task()
def export_discussion(discussion_id, filename):
    rows = post_model.Post.search(get_db(), discussion_id, order="creation_date DESC")
    # expect: path-traversal
    with open(os.path.join(EXPORT_DIR, filename), "w") as out:
        for row in rows:
            out.write(f"{row['id']}\t{row['subject']}\n")
