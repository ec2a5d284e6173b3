"""Imports a zipped theme (FastAPI)."""
import io
import zipfile

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/themes/import")
async def import_theme(bundle: UploadFile, folder: str = "themes"):
    data = await bundle.read()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for member in zf.namelist():
            # expect: path-traversal
            with open(f"/srv/{folder}/{member}", "wb") as out:
                out.write(zf.read(member))
    return {"ok": True}
