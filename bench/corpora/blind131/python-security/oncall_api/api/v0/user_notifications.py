from falcon import HTTPBadRequest
from ujson import dumps as json_dumps

from oncall_api import db
from oncall_api.auth import check_user_auth

MODES = ("email", "sms", "call", "webhook", "iris")


def on_post(req, resp, user_name):
    check_user_auth(user_name, req)
    data = req.context["body"]
    mode = data.get("mode")
    if mode not in MODES:
        raise HTTPBadRequest("invalid mode")
    connection = db.connect()
    cursor = connection.cursor()
    cursor.execute("INSERT INTO `notification_setting` (`user_id`, `mode`, `destination`) "
                   "VALUES ((SELECT `id` FROM `user` WHERE `name` = %s), %s, %s)",
                   (user_name, mode, data.get("destination", "")))
    connection.commit()
    resp.text = json_dumps({"id": cursor.lastrowid})
