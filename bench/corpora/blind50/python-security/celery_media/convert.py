"""ffmpeg command lines for the media tasks."""
import shlex

PRESETS = {
    "720p": ["-vf", "scale=-2:720", "-c:v", "libx264", "-crf", "23"],
    "480p": ["-vf", "scale=-2:480", "-c:v", "libx264", "-crf", "26"],
    "audio": ["-vn", "-c:a", "aac", "-b:a", "128k"],
}


def transcode_argv(src, dst, preset):
    return ["ffmpeg", "-y", "-i", src, *PRESETS.get(preset, PRESETS["480p"]), dst]


def transcode_line(src, dst, extra):
    line = "ffmpeg -y -i " + src
    if extra:
        line += " " + extra
    line += " " + dst
    return line


def watermark_line(src, dst, text):
    return f"ffmpeg -y -i {shlex.quote(src)} -vf {shlex.quote('drawtext=text=' + text)} {shlex.quote(dst)}"
