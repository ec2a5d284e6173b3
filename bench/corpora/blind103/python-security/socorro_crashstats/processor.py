import subprocess

from django.conf import settings


class MinidumpStackwalkRule:
    def __init__(self, command_line=None):
        self.command_line = command_line or settings.STACKWALKER_COMMAND

    def action(self, raw_crash, dump_path):
        symbols = raw_crash.get("symbol_urls") or settings.SYMBOLS_URL
        # expect: command-injection
        return subprocess.run(self.command_line.format(dump=dump_path, symbols=symbols), shell=True, capture_output=True).stdout

    def action_argv(self, dump_path):
        return subprocess.run([settings.STACKWALKER_BINARY, "--symbols-url", settings.SYMBOLS_URL, "--", dump_path], capture_output=True).stdout
