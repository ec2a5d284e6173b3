"""Profile page fragments rendered in Python."""
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils import safestring
from django.shortcuts import render


def bio_html(profile):
    # expect: xss
    return mark_safe(profile.bio.replace("\n", "<br>"))


def profile_view(request, username):
    greeting = "<h2>Hello, %s</h2>" % request.GET.get("name", username)
    # expect: xss
    return render(request, "profile.html", {"greeting": mark_safe(greeting)})


class BadgeMixin:
    badge_template = '<span class="badge">{}</span>'

    def badge(self, label):
        # expect: xss
        return safestring.mark_safe(self.badge_template.format(label))


def signature(profile):
    html = f"<div class='sig'>{profile.signature}</div>"
    # expect: xss
    return mark_safe(html)


def divider():
    return mark_safe("<hr class='profile-divider'>")


def bio_html_safe(profile):
    return mark_safe(escape(profile.bio).replace("\n", "<br>"))


def badge_safe(label):
    return format_html('<span class="badge">{}</span>', label)
