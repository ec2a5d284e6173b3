"""Episode transcode endpoint (Quart)."""
from quart import Quart, request

from .helpers.media import Transcoder

app = Quart(__name__)
transcoder = Transcoder()


@app.post("/episodes/transcode")
async def transcode():
    form = await request.form
    source = form.get("file", "")
    bitrate = form.get("bitrate") or "128k"
    # expect: command-injection
    output = transcoder.to_mp3(source, bitrate)
    return {"log": output[-500:]}
