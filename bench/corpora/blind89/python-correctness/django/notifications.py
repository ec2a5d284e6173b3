"""Fan-out of comment and mention notifications."""
from django.db.models import Prefetch

from .models import Comment, Membership, Notification, Subscription


def notify_thread(comment: Comment):
    recipients = set()
    for sub in Subscription.objects.filter(thread=comment.thread):
        # expect: foreign-key-query
        if sub.user.id != comment.user_id:
            recipients.add(sub.user_id)
    Notification.objects.bulk_create(
        [Notification(user_id=uid, comment=comment, kind="reply") for uid in recipients]
    )
    return recipients


def mention_targets(comment, usernames):
    members = Membership.objects.filter(team=comment.thread.team, user__username__in=usernames)
    # expect: foreign-key-query
    return [m.user.id for m in members]


def can_edit(request, comment):
    if request.user.is_staff:
        return True
    return comment.user_id == request.user.id


def digest_payload(notifications):
    payload = []
    for note in notifications.select_related("comment"):
        payload.append(
            {
                "id": note.id,
                # expect: foreign-key-query
                "author": note.comment.user.id,
                "thread": note.comment.thread_id,
            }
        )
    return payload


class ThreadSummary:
    def __init__(self, thread):
        self.thread = thread

    def owners(self):
        subs = self.thread.subscriptions.prefetch_related(Prefetch("user"))
        # expect: foreign-key-query
        return {s.user.id: s.created_at for s in subs}

    def is_owner(self, user):
        return self.thread.owner_id == user.id

    def starter(self):
        first = self.thread.comments.order_by("created_at").first()
        return first.user_id if first else None
