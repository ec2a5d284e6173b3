from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class WorkingFile(db.Model):
    id = db.Column(db.String(36), primary_key=True)
    name = db.Column(db.String(250))
    path = db.Column(db.String(400))
