"""Helpers shared by the admin blueprints."""
import os
import subprocess
import sys

from markupsafe import Markup, escape


def fs_path_to_url_path(path):
    segments = path.strip("/").split(os.sep)
    if segments == [""]:
        return "/"
    return "/" + "/".join(segments)


def get_record_and_parent(pad, path):
    record = pad.get(path)
    if record is None:
        parent = pad.get(os.path.dirname(path.rstrip("/")) or "/")
    else:
        parent = record.parent
    return record, parent


def open_folder_in_browser(target):
    """Open a folder in the desktop file manager (string form, as older code did)."""
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    # expect: command-injection
    return subprocess.call(f"{opener} '{target}'", shell=True) == 0


def reveal_in_file_manager(target):
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    return subprocess.call([opener, "--", target]) == 0


def preview_banner(title, alt):
    label = title or "Untitled"
    if alt and alt != "_primary":
        label += " (" + alt + ")"
    # expect: xss
    return Markup("<div class='preview-banner'>%s</div>" % label)


def preview_banner_escaped(title, alt):
    label = title or "Untitled"
    if alt and alt != "_primary":
        label += " (" + alt + ")"
    return Markup("<div class='preview-banner'>{}</div>").format(label)


def crumb(label):
    return Markup("<li>%s</li>") % escape(label)
