"""Worker that receives serialized callables from the scheduler over TCP."""
import json
import socketserver

import dill
import dill as serializer

RESULTS = {}


class TaskHandler(socketserver.StreamRequestHandler):
    def handle(self):
        header = json.loads(self.rfile.readline())
        payload = self.rfile.read(header["size"])
        if header["kind"] == "function":
            # expect: deserialization
            fn = dill.loads(payload)
            RESULTS[header["id"]] = fn()
        elif header["kind"] == "session":
            # expect: deserialization
            serializer.load(self.rfile)
        elif header["kind"] == "json":
            # safe: JSON payload
            RESULTS[header["id"]] = json.loads(payload)
        self.wfile.write(b"ok\n")


def export_task(fn, path):
    # safe: serializing for another process
    with open(path, "wb") as fh:
        dill.dump(fn, fh, recurse=True)


def ship(fn):
    # safe: dumps only
    return dill.dumps(fn)


def serve(port):
    with socketserver.ThreadingTCPServer(("127.0.0.1", port), TaskHandler) as server:
        server.serve_forever()
