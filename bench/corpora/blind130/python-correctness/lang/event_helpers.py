"""Helpers that build event records for the audit trail."""
import time


# expect: mutable-default
def tag_event(event, tags=[]):
    tags.append(event["kind"])
    event["tags"] = tags
    return event


# expect: mutable-default
def collect_recipients(team, extra=[]):
    extra.extend(member.email for member in team.members if member.notify)
    return extra


# expect: mutable-default
def with_breadcrumb(step, trail=[]):
    trail.insert(0, {"step": step, "at": time.time()})
    return trail[:20]


def tag_event_fresh(event, tags=None):
    if tags is None:
        tags = []
    tags.append(event["kind"])
    event["tags"] = tags
    return event


def collect_recipients_copy(team, extra=[]):
    extra = list(extra)
    extra.extend(member.email for member in team.members if member.notify)
    return extra


def has_tag(event, wanted=[]):
    return any(tag in event.get("tags", ()) for tag in wanted)


def with_defaults(event, keys=("kind", "actor")):
    return {key: event.get(key) for key in keys}
