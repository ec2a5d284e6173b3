import os
import subprocess

from celery import shared_task
from django.conf import settings
from django.core.cache import cache

from .search import SearchBackend


@shared_task
def search_task(user_id, query, cache_key):
    from django.contrib.auth import get_user_model
    user = get_user_model().objects.get(pk=user_id)
    cache.set(cache_key, SearchBackend(user, query).run(), 300)


@shared_task
def liberate_data(user_id, options):
    archive_name = options.get("name") or "inboxen-%s" % user_id
    archive_format = options.get("format", "tar.gz")
    target = os.path.join(settings.LIBERATION_PATH, archive_name)
    # expect: command-injection
    subprocess.run("tar -czf %s.%s -C %s ." % (target, archive_format, settings.MAILDIR_PATH), shell=True, check=True)


@shared_task
def liberate_data_safe(user_id, options):
    archive_format = options.get("format") if options.get("format") in ("tar.gz", "tar.bz2") else "tar.gz"
    target = os.path.join(settings.LIBERATION_PATH, "inboxen-%d.%s" % (int(user_id), archive_format))
    subprocess.run(["tar", "-czf", target, "-C", settings.MAILDIR_PATH, "."], check=True)
