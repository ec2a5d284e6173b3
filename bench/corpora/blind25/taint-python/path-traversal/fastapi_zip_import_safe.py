"""Imports a zipped theme (FastAPI), member names checked."""
import io
import os
import zipfile

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
ROOT = os.path.realpath("/srv/themes")


@app.post("/themes/import")
async def import_theme(bundle: UploadFile):
    data = await bundle.read()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for member in zf.namelist():
            dest = os.path.realpath(os.path.join(ROOT, member))
            if os.path.commonpath([dest, ROOT]) != ROOT:
                raise HTTPException(400, "bad member")
            with open(dest, "wb") as out:
                out.write(zf.read(member))
    return {"ok": True}
