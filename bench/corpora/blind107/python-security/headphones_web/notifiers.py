"""Notification text built from the configured template when an album is snatched."""
import string

from mako.template import Template

from . import config


def snatch_message(artist, album):
    # expect: template-injection
    return Template(config.CONFIG["notify_template"]).render(artist=artist, album=album)


def snatch_message_plain(artist, album):
    return string.Template(config.CONFIG["notify_template"]).safe_substitute(artist=artist, album=album)
