from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Project(db.Model):
    id = db.Column(db.String(64), primary_key=True)
    name = db.Column(db.UnicodeText)

    def add_bill(self, **fields):
        db.session.add(Bill(project_id=self.id, **fields))


class Bill(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    project_id = db.Column(db.String(64), db.ForeignKey("project.id"))
    what = db.Column(db.UnicodeText)
    amount = db.Column(db.Float)
    external_link = db.Column(db.UnicodeText)
    project = db.relationship(Project, backref="bills")
