from django.db.models import Q

from .models import Email, Inbox


class SearchBackend:
    def __init__(self, user, query):
        self.user = user
        self.query = query

    def run(self):
        inboxes = Inbox.objects.filter(Q(inbox__icontains=self.query) | Q(description__icontains=self.query), user=self.user)
        emails = Email.objects.filter(subject__icontains=self.query, inbox__user=self.user)
        return {"inboxes": list(inboxes.values_list("pk", flat=True)), "emails": list(emails.values_list("pk", flat=True))}

    def extra_search(self):
        return Email.objects.filter(inbox__user=self.user).extra(where=["subject ILIKE %s"], params=["%" + self.query + "%"])
