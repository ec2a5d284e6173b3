"""Episode transcode endpoint (Quart), argv form."""
from quart import Quart, request

from .helpers.media import Transcoder

app = Quart(__name__)
transcoder = Transcoder()


@app.post("/episodes/transcode")
async def transcode():
    form = await request.form
    source = form.get("file", "")
    bitrate = form.get("bitrate") or "128k"
    output = transcoder.to_mp3_argv(source, bitrate)
    return {"log": output[-500:]}
