from flask import Blueprint

frontend = Blueprint("frontend", __name__)
