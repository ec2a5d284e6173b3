"""Imports partner feeds."""
import logging

logger = logging.getLogger(__name__)


class FeedError(Exception):
    pass


def import_feed(client, url):
    try:
        data = client.fetch(url)
    except TimeoutError:
        # expect: log-and-raise
        logger.error("feed %s timed out", url)
        raise
    try:
        return parse(data)
    except ValueError as exc:
        # expect: log-and-raise
        logger.exception("feed %s is malformed", url)
        raise FeedError(url) from exc


def import_feed_handled(client, url):
    try:
        return parse(client.fetch(url))
    except (TimeoutError, ValueError):
        logger.error("feed %s skipped", url)
        return []


def import_feed_wrapped(client, url):
    try:
        return parse(client.fetch(url))
    except ValueError as exc:
        logger.warning("feed %s is malformed, retrying later", url)
        raise FeedError(url) from exc


def parse(data):
    return [line.split(",") for line in data.splitlines()]
