import os
import re

_NAME_RE = re.compile(r"^[A-Za-z0-9._-]+$")


def is_safe_template_path(base, file_path):
    base = os.path.realpath(base)
    target = os.path.realpath(os.path.join(base, file_path))
    return target.startswith(base + os.sep)


def is_valid_name(name):
    return bool(_NAME_RE.match(name or ""))
