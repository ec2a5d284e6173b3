# library: redis
import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis(host="cache", port=6379)

INCR_WITH_TTL = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n
"""
incr_with_ttl = r.register_script(INCR_WITH_TTL)


@app.post("/hit")
def hit():
    bucket = request.form["bucket"]
    return {"n": incr_with_ttl(keys=[f"rl:{bucket}"], args=[60])}


@app.post("/hit-eval")
def hit_eval():
    bucket = request.form["bucket"]
    return {"n": r.eval(INCR_WITH_TTL, 1, f"rl:{bucket}", 60)}


@app.get("/peek")
def peek():
    key = request.args["key"]
    # expect: code-injection
    return {"v": r.eval(f"return redis.call('GET', '{key}')", 0)}


@app.post("/bulk-delete")
def bulk_delete():
    pattern = request.form["pattern"]
    script = "for _, k in ipairs(redis.call('KEYS', '" + pattern + "')) do redis.call('DEL', k) end"
    # expect: code-injection
    r.eval(script, 0)
    return {"ok": True}
