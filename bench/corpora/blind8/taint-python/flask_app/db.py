# library: Flask-SQLAlchemy
"""Database handle for the help centre."""
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
