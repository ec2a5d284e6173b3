from markupsafe import escape

from oncall_api import db
from oncall_api.notifier import formatters


def on_get(req, resp, event_id):
    connection = db.connect()
    cursor = connection.cursor(db.DictCursor)
    cursor.execute("SELECT `note`, `team`.`name` AS `team` FROM `event` JOIN `team` ON `team`.`id` = `event`.`team_id` "
                   "WHERE `event`.`id` = %s", (int(event_id),))
    event = cursor.fetchone()
    connection.close()
    resp.content_type = "text/html"
    if req.get_param("plain"):
        resp.text = "<p>%s</p>" % escape(event["note"])
        return
    resp.text = formatters.event_html(event)
