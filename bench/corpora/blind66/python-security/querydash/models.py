"""Models and the data source wrapper the handlers use."""
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm.exc import NoResultFound

from querydash.query_runner import get_query_runner

db = SQLAlchemy()


class DataSource(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    org_id = db.Column(db.Integer, index=True)
    name = db.Column(db.String(255))
    type = db.Column(db.String(255))
    options = db.Column(db.JSON, default=dict)

    @classmethod
    def get_by_id_and_org(cls, object_id, org):
        try:
            return cls.query.filter(cls.id == object_id, cls.org_id == org.id).one()
        except NoResultFound:
            raise LookupError(object_id)

    @property
    def query_runner(self):
        return get_query_runner(self.type, self.options)

    def get_columns(self, table_name):
        return self.query_runner.get_table_columns(table_name)

    def get_sample(self, table_name):
        return self.query_runner.get_table_sample(table_name)

    def to_dict(self):
        return {"id": self.id, "name": self.name, "type": self.type}


class Query(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    org_id = db.Column(db.Integer, index=True)
    name = db.Column(db.String(255))
    query_text = db.Column(db.Text)
    data_source_id = db.Column(db.Integer, db.ForeignKey("data_source.id"))
    data_source = db.relationship(DataSource)

    @classmethod
    def get_by_id_and_org(cls, object_id, org):
        return cls.query.filter(cls.id == object_id, cls.org_id == org.id).one()
