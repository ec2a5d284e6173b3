"""The Execute plugin's core: commands stored per event, run when a torrent event fires."""
import subprocess

ALLOWED_SCRIPTS = {"notify": "/usr/local/bin/deluge-notify", "unrar": "/usr/local/bin/deluge-unrar"}
EVENT_MAP = {"complete": "TorrentFinishedEvent", "added": "TorrentAddedEvent", "removed": "TorrentRemovedEvent"}


class ExecuteCore:
    def __init__(self):
        self.commands = []

    def add_command(self, event, command):
        if event not in EVENT_MAP:
            raise ValueError(event)
        self.commands.append((event, command))
        return len(self.commands)

    def on_torrent_event(self, event, torrent_id, torrent_name, download_location):
        for stored_event, command in self.commands:
            if stored_event != event:
                continue
            line = "%s %s '%s' '%s'" % (command, torrent_id, torrent_name, download_location)
            # expect: command-injection
            subprocess.Popen(line, shell=True)

    def on_torrent_event_argv(self, event, torrent_id, torrent_name, download_location):
        for stored_event, command in self.commands:
            script = ALLOWED_SCRIPTS.get(command)
            if stored_event == event and script:
                subprocess.Popen([script, "--", torrent_id, torrent_name, download_location])
