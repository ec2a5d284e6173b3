import pymysql
from flask import current_app, g


def connection():
    if "mysql" not in g:
        cfg = current_app.config
        g.mysql = pymysql.connect(
            host=cfg["MYSQL_HOST"], user=cfg["MYSQL_USER"], password=cfg["MYSQL_PASSWORD"],
            database=cfg["MYSQL_DB"], cursorclass=pymysql.cursors.DictCursor,
        )
    return g.mysql
