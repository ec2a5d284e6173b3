from django.db import connection, models
from django.template import engines


class Member(models.Model):
    number = models.CharField(max_length=100, unique=True)
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    memo = models.TextField(blank=True)


class MailTemplate(models.Model):
    subject = models.CharField(max_length=200)
    text = models.TextField()

    def to_mail(self, member, context):
        body = self.text.format(**context)
        return {"to": member.email, "subject": self.subject.format(**context), "body": body}

    def to_html_preview(self, context):
        django_engine = engines["django"]
        # expect: template-injection
        return django_engine.from_string(self.text).render(context)


def member_balance(member_number, since):
    with connection.cursor() as cursor:
        cursor.execute("SELECT SUM(amount) FROM bookkeeping_booking b JOIN members_member m ON b.member_id = m.id WHERE m.number = %s AND b.booking_datetime >= %s", [member_number, since])
        bound = cursor.fetchone()[0]
        # expect: sql-injection
        cursor.execute("SELECT COUNT(*) FROM bookkeeping_booking b JOIN members_member m ON b.member_id = m.id WHERE m.number = '{}'".format(member_number))
        return bound, cursor.fetchone()[0]
