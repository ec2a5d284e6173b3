# library: gzip
import gzip
import io
import json
import zlib

from flask import Flask, abort, request

app = Flask(__name__)
MAX_BYTES = 10 * 1024 * 1024


@app.post("/ingest")
def ingest():
    # expect: decompression-bomb
    raw = gzip.decompress(request.get_data())
    return {"events": len(json.loads(raw))}


@app.post("/ingest-bounded")
def ingest_bounded():
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    raw = d.decompress(request.get_data(), MAX_BYTES)
    if d.unconsumed_tail:
        abort(413)
    return {"events": len(json.loads(raw))}


@app.post("/ingest-stream")
def ingest_stream():
    with gzip.GzipFile(fileobj=io.BytesIO(request.get_data())) as fh:
        raw = fh.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        abort(413)
    return {"events": len(json.loads(raw))}


@app.post("/ingest-deflate")
def ingest_deflate():
    # expect: decompression-bomb
    raw = zlib.decompress(request.get_data())
    return {"events": len(json.loads(raw))}
