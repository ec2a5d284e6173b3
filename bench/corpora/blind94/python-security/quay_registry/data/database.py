from peewee import CharField, ForeignKeyField, Model, SqliteDatabase

db = SqliteDatabase(None)


class Repository(Model):
    namespace = CharField()
    name = CharField()

    class Meta:
        database = db


class Tag(Model):
    repository = ForeignKeyField(Repository)
    name = CharField()

    class Meta:
        database = db


class RepositoryNotification(Model):
    repository = ForeignKeyField(Repository)
    method = CharField()
    config_json = CharField()

    class Meta:
        database = db
