"""Reading a file the server acts on from the user's cache (code it runs, the answer it gives
to ``initialize``) only when it is a regular file of this user that nobody else may write: a
link, another user's file or one group or others could write is not read (a shared or
hostile ``XDG_CACHE_HOME``)."""

from __future__ import annotations

import os
import stat


def read_own_file(path) -> bytes | None:
    """The bytes of ``path`` when it is this user's own regular file, not group/other-writable
    (opened with ``O_NOFOLLOW``, checked on the open descriptor); None otherwise or on error."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        try:
            status = os.fstat(fd)
            if stat.S_ISREG(status.st_mode) and status.st_uid == os.getuid() and not status.st_mode & 0o022:
                return fh.read()
        except OSError:
            pass
    return None
