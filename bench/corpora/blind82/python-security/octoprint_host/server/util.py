from flask import abort, make_response, request


def get_json_command_from_request(req, valid_commands):
    data = req.get_json(silent=True)
    if data is None:
        abort(400, description="Malformed JSON body")
    command = data.get("command")
    if command not in valid_commands:
        abort(400, description="Unknown command")
    for parameter in valid_commands[command]:
        if parameter not in data:
            abort(400, description=f"Missing parameter {parameter}")
    return command, data, None


def no_firstrun_access(func):
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Api-Key") is None:
            return make_response("Forbidden", 403)
        return func(*args, **kwargs)

    wrapper.__name__ = func.__name__
    return wrapper
