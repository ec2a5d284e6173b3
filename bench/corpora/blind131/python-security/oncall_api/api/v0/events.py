from falcon import HTTPBadRequest
from ujson import dumps as json_dumps

from oncall_api import db
from oncall_api.auth import login_required

columns = {
    "id": "`event`.`id` as `id`",
    "start": "`event`.`start` as `start`",
    "end": "`event`.`end` as `end`",
    "role": "`role`.`name` as `role`",
    "team": "`team`.`name` as `team`",
    "user": "`user`.`name` as `user`",
}
constraints = {
    "team": "`team`.`name` = %s",
    "user": "`user`.`name` = %s",
    "start__gt": "`event`.`start` > %s",
    "end__lt": "`event`.`end` < %s",
}


@login_required
def on_get(req, resp):
    fields = req.get_param_as_list("fields") or list(columns)
    cols = ", ".join(columns[f] for f in fields if f in columns)
    where, params = [], []
    for key, clause in constraints.items():
        value = req.get_param(key)
        if value is not None:
            where.append(clause)
            params.append(value)
    order = req.get_param("order_by") or "`event`.`start`"
    query = ("SELECT %s FROM `event` JOIN `team` ON `team`.`id` = `event`.`team_id` "
             "JOIN `user` ON `user`.`id` = `event`.`user_id` JOIN `role` ON `role`.`id` = `event`.`role_id`" % cols)
    if where:
        query += " WHERE " + " AND ".join(where)
    connection = db.connect()
    cursor = connection.cursor(db.DictCursor)
    # expect: sql-injection
    cursor.execute(f"{query} ORDER BY {order}", params)
    data = cursor.fetchall()
    cursor.close()
    connection.close()
    resp.text = json_dumps(data)


@login_required
def on_post(req, resp):
    data = req.context["body"]
    if "start" not in data or "end" not in data:
        raise HTTPBadRequest("missing start/end")
    connection = db.connect()
    cursor = connection.cursor()
    cursor.execute("INSERT INTO `event` (`team_id`, `start`, `end`, `note`) "
                   "VALUES ((SELECT `id` FROM `team` WHERE `name` = %s), %s, %s, %s)",
                   (data["team"], int(data["start"]), int(data["end"]), data.get("note", "")))
    connection.commit()
    resp.text = json_dumps({"id": cursor.lastrowid})
