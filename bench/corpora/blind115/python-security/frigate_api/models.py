from peewee import CharField, DateTimeField, FloatField, Model, SqliteDatabase

db = SqliteDatabase("/config/frigate.db")


class Event(Model):
    id = CharField(primary_key=True)
    camera = CharField()
    label = CharField()
    sub_label = CharField(null=True)
    start_time = DateTimeField()

    class Meta:
        database = db


class Recordings(Model):
    id = CharField(primary_key=True)
    camera = CharField()
    path = CharField()
    start_time = FloatField()

    class Meta:
        database = db

    @classmethod
    def latest_before(cls, camera, ts):
        return (cls.select().where((cls.camera == camera) & (cls.start_time <= ts))
                .order_by(cls.start_time.desc()).first())
