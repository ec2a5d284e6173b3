import django_rq

from .models import User
from .util import NextcloudClient, write_exif, write_exif_argv


def scan_nextcloud(user_id, path):
    user = User.objects.get(pk=user_id)
    return NextcloudClient(user).list_dir(path)


def edit_exif(path, tag, value, strict):
    if strict:
        write_exif_argv(path, tag, value)
    else:
        write_exif(path, tag, value)


def enqueue_nextcloud_scan(user, path):
    return django_rq.enqueue(scan_nextcloud, user.pk, path)


def enqueue_exif_edit(path, tag, value, strict=False):
    return django_rq.enqueue(edit_exif, path, tag, value, strict)
