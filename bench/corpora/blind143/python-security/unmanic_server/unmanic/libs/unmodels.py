from peewee import BooleanField, CharField, IntegerField, Model, SqliteDatabase, TextField

db = SqliteDatabase("/config/.unmanic/config/unmanic.db")


class Tasks(Model):
    abspath = TextField()
    library_id = IntegerField(default=1)
    priority = IntegerField(default=100)
    status = CharField(default="pending")

    class Meta:
        database = db


class CompletedTasks(Model):
    task_label = TextField()
    abspath = TextField()
    task_success = BooleanField(default=False)

    class Meta:
        database = db


class PluginRepos(Model):
    path = TextField()

    class Meta:
        database = db
