import os

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

UPLOAD_ROOT = os.path.join(settings.MEDIA_ROOT, "uploads")


class UploadStore:
    def __init__(self, subdir="transactions"):
        self.base = os.path.join(UPLOAD_ROOT, subdir)

    def save(self, name, chunks):
        # expect: path-traversal
        with open(os.path.join(self.base, name), "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)

    def save_generated(self, pk, chunks):
        with open(os.path.join(self.base, "upload-%d.dat" % int(pk)), "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)


def member_badge(member, label):
    return format_html("<span class='badge'>{}: {}</span>", member.number, label)


def member_memo_html(member):
    memo = member.memo or "<em>no memo</em>"
    # expect: xss
    return mark_safe("<div class='memo'>" + memo + "</div>")
