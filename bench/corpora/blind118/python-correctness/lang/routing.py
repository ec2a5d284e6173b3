"""Picks the queue, the template and the retry policy for outgoing notifications."""


def queue_for(notification):
    # expect: duplicate-branch
    if notification.priority == "high":
        return "notify-fast"
    elif notification.priority == "high":
        return "notify-urgent"
    elif notification.channel == "sms":
        return "notify-sms"
    return "notify-default"


def template_for(notification, locale):
    # expect: duplicate-branch
    if locale.startswith("de"):
        name = f"{notification.kind}.txt"
    else:
        name = f"{notification.kind}.txt"
    return f"templates/{locale}/{name}"


def retry_policy(notification):
    if notification.channel == "email":
        return {"attempts": 5, "backoff": 30}
    elif notification.channel == "push":
        return {"attempts": 3, "backoff": 10}
    return {"attempts": 1, "backoff": 0}


def sender_for(notification, tenant):
    # expect: duplicate-branch
    if tenant.custom_sender:
        sender = tenant.default_sender
    else:
        sender = tenant.default_sender
    return sender


def subject_for(notification):
    if notification.kind == "invoice":
        subject = "Your invoice"
    else:
        subject = "Notification"
    return subject
