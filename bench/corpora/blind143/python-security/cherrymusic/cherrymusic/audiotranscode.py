import subprocess

MIME = {"ogg": "audio/ogg", "mp3": "audio/mpeg", "opus": "audio/ogg"}
ENCODERS = {"ogg": ["oggenc", "-"], "mp3": ["lame", "-", "-"], "opus": ["opusenc", "-", "-"]}


class AudioTranscode:
    def transcode_stream(self, filepath, newformat, starttime=0):
        # expect: command-injection
        decoder = subprocess.Popen(f"ffmpeg -ss {starttime} -i \"{filepath}\" -f wav -", shell=True, stdout=subprocess.PIPE)
        encoder = subprocess.Popen(ENCODERS[newformat], stdin=decoder.stdout, stdout=subprocess.PIPE)
        return encoder.stdout

    def duration(self, filepath):
        out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", filepath], capture_output=True, text=True, timeout=30)
        return float(out.stdout or 0)
