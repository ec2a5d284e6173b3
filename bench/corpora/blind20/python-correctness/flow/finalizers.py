"""Upload finalisation: cleanup, early returns and finally blocks."""
import logging
import os
import shutil

log = logging.getLogger(__name__)


def finalize(upload) -> bool:
    try:
        upload.verify_checksum()
        upload.move_to_storage()
        return True
    finally:
        # expect: return-in-finally
        return upload.cleanup()


def finalize_fixed(upload) -> bool:
    try:
        upload.verify_checksum()
        upload.move_to_storage()
        return True
    finally:
        upload.cleanup()


def size_of(path: str) -> int:
    if not os.path.exists(path):
        return 0
    return os.path.getsize(path)
    # expect: unreachable
    log.debug("size of %s computed", path)


def remove_tree(path: str) -> None:
    if not path.startswith("/srv/uploads/"):
        raise ValueError(path)
        # expect: unreachable
        log.error("refusing to remove %s", path)
    shutil.rmtree(path, ignore_errors=True)


def first_ready(parts):
    for part in parts:
        if part.ready:
            return part
        continue
        # expect: unreachable
        part.poll()
    return None


def read_chunks(fh, size=65536):
    while True:
        chunk = fh.read(size)
        if not chunk:
            break
        yield chunk


def release_lock(lock) -> None:
    try:
        lock.release()
    except RuntimeError:
        log.warning("lock already released")
    finally:
        log.debug("release attempted")


def status_code(result) -> int:
    try:
        return result.code
    finally:
        if result.code >= 500:
            # expect: return-in-finally
            return 500


def parse_size(text: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    if text[-1].lower() in units:
        return int(text[:-1]) * units[text[-1].lower()]
    else:
        return int(text)
