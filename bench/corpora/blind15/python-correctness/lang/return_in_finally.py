# library: python (return / break inside finally)
import logging

log = logging.getLogger(__name__)


def load_profile(store, user_id):
    profile = None
    try:
        profile = store.fetch(user_id)
    finally:
        # expect: return-in-finally
        return profile


def drain(queue):
    while True:
        try:
            item = queue.get_nowait()
            item.process()
        finally:
            # expect: return-in-finally
            break


def load_profile_ok(store, user_id):
    try:
        return store.fetch(user_id)
    finally:
        log.debug("profile lookup done for %s", user_id)


def close_quietly(conn):
    try:
        conn.close()
    except OSError:
        log.warning("close failed", exc_info=True)
    return True
