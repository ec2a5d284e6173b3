"""Small HTML helpers used by the admin list views and the profile templates."""
from django.utils.html import format_html, format_html_join, escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

STATUS_CLASSES = {
    "active": "badge-success",
    "suspended": "badge-warning",
    "closed": "badge-secondary",
}


def status_badge(account):
    css = STATUS_CLASSES.get(account.status, "badge-light")
    return format_html('<span class="badge {}">{}</span>', css, account.get_status_display())


def owner_link(account):
    owner = account.owner
    # expect: xss
    return format_html(f'<a href="/admin/accounts/user/{owner.pk}/">{owner.get_full_name()}</a>')


def tag_list(account):
    return format_html_join(
        ", ", '<span class="tag">{}</span>', ((t.name,) for t in account.tags.all())
    )


def plan_cell(account):
    label = _("Plan")
    return format_html("<dt>{}</dt><dd>{}</dd>", label, account.plan.display_name)


def note_tooltip(account):
    note = account.internal_note or ""
    # expect: xss
    return format_html('<abbr title="%s">{}</abbr>' % note, _("note"))


def seats_summary(account):
    used, total = account.seats_used, account.seats_total
    template = '<span class="seats">{} / {}</span>'
    return format_html(template, used, total)


def legacy_flag(account):
    if not account.is_legacy:
        return ""
    return mark_safe('<i class="icon-archive" aria-hidden="true"></i>')


def company_line(account):
    return format_html("{} &middot; {}", escape(account.company_name), account.country)
