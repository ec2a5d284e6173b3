"""Staff photos served from the HR file share."""
import base64
import os

PHOTO_ROOT = "/mnt/hr/photos"
SIZES = {"small": "64", "medium": "128", "large": "512"}


def photo_for(mail: str, size: str) -> str:
    folder = SIZES.get(size, "64")
    path = os.path.join(PHOTO_ROOT, folder, mail.split("@")[0] + ".jpg")
    if not os.path.exists(path):
        return ""
    with open(path, "rb") as fh:
        return base64.b64encode(fh.read()).decode()


def photo_from_upload(filename: str) -> str:
    path = os.path.join(PHOTO_ROOT, "uploads", filename)
    # expect: path-traversal
    with open(path, "rb") as fh:
        return base64.b64encode(fh.read()).decode()


def list_uploads() -> list[str]:
    folder = os.path.join(PHOTO_ROOT, "uploads")
    return sorted(name for name in os.listdir(folder) if name.endswith(".jpg"))


def delete_upload(filename: str) -> bool:
    path = os.path.join(PHOTO_ROOT, "uploads", os.path.basename(filename))
    if not os.path.isfile(path):
        return False
    os.remove(path)
    return True
