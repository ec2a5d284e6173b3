# library: Flask + eval
"""eval: value from request (get_json[...])."""
from flask import Flask, request


app = Flask(__name__)


@app.post("/calc")
def calc_6():
    data = request.get_json()
    param = str(data["expr"])
    values = []
    values.append("1 + 1")
    values.append(param)
    values.append("2 * 3")
    values.pop(0)
    bar = values[1]
    result = eval(bar)
    return {"result": result}
