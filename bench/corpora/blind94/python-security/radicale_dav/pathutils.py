import posixpath


def sanitize_path(path):
    """Make a client path absolute, collapse dots and double slashes, keep a trailing slash."""
    trailing = path.endswith("/")
    path = posixpath.normpath("/" + path.strip("/"))
    if trailing and path != "/":
        path += "/"
    return path


def strip_path(path):
    return path.strip("/")


def unstrip_path(stripped, trailing_slash=False):
    return "/" + stripped + ("/" if trailing_slash and stripped else "")
