import os

anonymous_browsing = os.environ.get("CALIBRE_ANON", "0") == "1"
config_calibre_dir = os.environ.get("CALIBRE_DIR", "/books")
config_converterpath = os.environ.get("CALIBRE_CONVERTER", "/usr/bin/ebook-convert")
