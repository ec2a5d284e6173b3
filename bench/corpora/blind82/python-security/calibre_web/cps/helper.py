import os
import shlex
import subprocess

from flask import send_from_directory

from . import config


def get_download_link(calibre_db, book_id, book_format):
    book_path = calibre_db.get_book_path(book_id)
    directory = os.path.join(config.config_calibre_dir, book_path)
    file_name = f"{os.path.basename(book_path)}.{book_format.lower()}"
    return send_from_directory(directory, file_name, as_attachment=True)


def convert_book_format(book_path, old_format, new_format, options=""):
    source = os.path.join(config.config_calibre_dir, book_path + "." + old_format.lower())
    target = os.path.splitext(source)[0] + "." + new_format.lower()
    subprocess.run([config.config_converterpath, source, target], check=True)
    if options:
        # expect: command-injection
        subprocess.run(f"{config.config_converterpath} {shlex.quote(source)} {shlex.quote(target)} {options}", shell=True, check=True)
    return target


def kindlegen_mail_name(title):
    return shlex.quote(title)
