import os
import subprocess


class Renamer:
    def scan(self, folder, files=None):
        names = files.split("|") if files else os.listdir(folder)
        for name in names:
            if name.endswith(".rar"):
                archive = os.path.join(folder, name)
                # expect: command-injection
                subprocess.call("unrar x -o+ '%s' '%s/'" % (archive, folder), shell=True)

    def scan_argv(self, folder, files=None):
        for name in os.listdir(folder):
            if name.endswith(".rar"):
                subprocess.call(["unrar", "x", "-o+", "--", os.path.join(folder, name), folder + "/"])
