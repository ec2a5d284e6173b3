# library: zipfile
import os
import zipfile

THEMES = "/srv/cms/themes"


def install_theme(upload_path, name):
    dest = os.path.join(THEMES, os.path.basename(name))
    os.makedirs(dest, exist_ok=True)
    with zipfile.ZipFile(upload_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            # expect: path-traversal
            with open(os.path.join(dest, info.filename), "wb") as out:
                out.write(zf.read(info))
    return dest


def install_theme_checked(upload_path, name):
    dest = os.path.realpath(os.path.join(THEMES, os.path.basename(name)))
    with zipfile.ZipFile(upload_path) as zf:
        for info in zf.infolist():
            target = os.path.realpath(os.path.join(dest, info.filename))
            if os.path.commonpath([dest, target]) != dest:
                raise ValueError(f"bad member {info.filename}")
            if not info.is_dir():
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "wb") as out:
                    out.write(zf.read(info))
    return dest


def install_theme_simple(upload_path, name):
    dest = os.path.join(THEMES, os.path.basename(name))
    with zipfile.ZipFile(upload_path) as zf:
        zf.extractall(dest)
    return dest
