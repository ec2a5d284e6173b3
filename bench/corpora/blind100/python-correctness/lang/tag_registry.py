"""Tag and breadcrumb helpers shared by the catalogue importers."""
import copy
import logging

log = logging.getLogger(__name__)


def collect_tags(record, seen=[]):
    for tag in record.get("tags", ()):
        if tag not in seen:
            # expect: mutable-default
            seen.append(tag)
    return seen


def breadcrumb(node, trail=[]):
    if node.parent is not None:
        breadcrumb(node.parent, trail)
    # expect: mutable-default
    trail.insert(len(trail), node.slug)
    return "/".join(trail)


class Importer:
    def merge_errors(self, batch, errors=[]):
        for row in batch:
            if row.get("error"):
                # expect: mutable-default
                errors.extend(row["error"].split(";"))
        return errors

    def with_defaults(self, options, extra=[]):
        extra = list(extra)
        extra.append("--quiet")
        return options + extra


def flatten(groups, out=None):
    if out is None:
        out = []
    for group in groups:
        out.extend(group)
    return out


def keep_order(items, acc=[]):
    acc = copy.copy(acc)
    for item in items:
        acc.append(item)
    return acc


def known_codes(codes=()):
    return sorted(set(codes))
