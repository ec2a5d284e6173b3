from django.db import connection, models


class Domain(models.Model):
    domain = models.CharField(max_length=253, unique=True)


class Inbox(models.Model):
    inbox = models.CharField(max_length=64)
    domain = models.ForeignKey(Domain, on_delete=models.PROTECT)
    description = models.TextField(blank=True)


class Email(models.Model):
    inbox = models.ForeignKey(Inbox, on_delete=models.CASCADE)
    subject = models.CharField(max_length=998)
    html_body = models.TextField(blank=True)


class InboxQuerySet:
    def __init__(self, user):
        self.user = user

    def by_domain(self, domain):
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute("SELECT i.id, i.inbox FROM inboxen_inbox i JOIN inboxen_domain d ON i.domain_id = d.id WHERE i.user_id = %d AND d.domain = '%s'" % (self.user.pk, domain))
            return cursor.fetchall()

    def by_domain_bound(self, domain):
        with connection.cursor() as cursor:
            cursor.execute("SELECT i.id, i.inbox FROM inboxen_inbox i JOIN inboxen_domain d ON i.domain_id = d.id WHERE i.user_id = %s AND d.domain = %s", [self.user.pk, domain])
            return cursor.fetchall()
