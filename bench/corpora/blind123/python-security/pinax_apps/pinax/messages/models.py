"""Thread and message models."""
from django.conf import settings
from django.db import connection, models


class Thread(models.Model):
    subject = models.CharField(max_length=150)
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, through="UserThread")

    @classmethod
    def inbox(cls, user):
        return cls.objects.filter(userthread__user=user, userthread__deleted=False)

    @classmethod
    def search(cls, user, q):
        if not q:
            return []
        with connection.cursor() as cursor:
            cursor.execute("SELECT t.id FROM pinax_messages_thread t JOIN pinax_messages_userthread u ON u.thread_id = t.id WHERE u.user_id = %s AND t.subject LIKE %s", [user.pk, "%" + q + "%"])
            ids = [row[0] for row in cursor.fetchall()]
        return cls.objects.filter(pk__in=ids)

    @classmethod
    def search_all(cls, q):
        # expect: sql-injection
        return cls.objects.raw(f"SELECT * FROM pinax_messages_thread WHERE subject LIKE '%%{q}%%'")


class UserThread(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    unread = models.BooleanField()
    deleted = models.BooleanField()


class Message(models.Model):
    thread = models.ForeignKey(Thread, related_name="messages", on_delete=models.CASCADE)
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, related_name="sent_messages", on_delete=models.CASCADE)
    content = models.TextField()

    @classmethod
    def new_message(cls, from_user, to_users, subject, content):
        thread = Thread.objects.create(subject=subject)
        for user in to_users:
            thread.userthread_set.create(user=user, deleted=False, unread=True)
        thread.userthread_set.create(user=from_user, deleted=True, unread=False)
        return cls.objects.create(thread=thread, sender=from_user, content=content)

    @classmethod
    def new_reply(cls, thread, user, content):
        return cls.objects.create(thread=thread, sender=user, content=content)
