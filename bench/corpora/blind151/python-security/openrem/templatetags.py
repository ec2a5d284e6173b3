"""Template tags for the equipment display-name tables."""
import logging

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

logger = logging.getLogger(__name__)
register = template.Library()


@register.simple_tag
def display_name_cell(equipment):
    # expect: xss
    return mark_safe("<td class='display-name'>" + equipment.display_name + "</td>")


@register.simple_tag
def station_name_cell(equipment):
    return format_html("<td class='station'>{}</td>", equipment.station_name)


@register.simple_tag
def modality_badge(modality):
    badges = {"CT": "primary", "DX": "info", "MG": "warning", "RF": "danger"}
    label = modality if modality in badges else "Other"
    return format_html("<span class='badge badge-{}'>{}</span>", badges.get(modality, "default"), label)


@register.filter
def dose_units(value, units="mGy"):
    try:
        return "%.2f %s" % (float(value), units)
    except (TypeError, ValueError):
        return "-"
