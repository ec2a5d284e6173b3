"""Subtitle file helpers: delete, sync, mods."""
import os
import subprocess

from ..app import database

MEDIA_ROOT = "/media"
MODS = {"remove_HI", "remove_tags", "OCR_fixes", "common", "fix_uppercase", "reverse_rtl"}


def delete_subtitles(media_path, subtitles_path):
    # expect: path-traversal
    os.remove(os.path.join(os.path.dirname(media_path), subtitles_path))
    database.execute("DELETE FROM table_history WHERE subtitles_path = ?", (subtitles_path,))


def delete_subtitles_checked(media_path, subtitles_path):
    folder = os.path.realpath(os.path.dirname(media_path))
    target = os.path.realpath(os.path.join(folder, subtitles_path))
    if not target.startswith(folder + os.sep) or not target.startswith(MEDIA_ROOT + os.sep):
        raise ValueError("subtitle outside the media folder")
    os.remove(target)


def sync_subtitles(video_path, srt_path, language, max_offset):
    # expect: command-injection
    return subprocess.call(f'ffsubsync "{video_path}" -i "{srt_path}" --max-offset-seconds {max_offset} --reference-stream s:{language}', shell=True)


def apply_mods(srt_path, mods):
    chosen = [m for m in mods if m in MODS]
    return subprocess.call(["subzero-mods", "--mods", ",".join(chosen), "--", srt_path])
