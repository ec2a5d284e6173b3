"""RQ job: turn a slide deck PDF into a narrated video."""
import glob
import os
import subprocess

from redis import Redis

from flask_app.src.storage import OUTPUT_DIR, set_status
from flask_app.src.narration import narrate

redis_conn = Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


def _render_slides(pdf_path, out_dir):
    # expect: command-injection
    subprocess.run(f"pdftoppm -png -r 110 {pdf_path} {out_dir}/slide", shell=True, check=True, timeout=600)
    return sorted(glob.glob(os.path.join(out_dir, "slide-*.png")))


def _render_slides_argv(pdf_path, out_dir):
    subprocess.run(["pdftoppm", "-png", "-r", "110", pdf_path, os.path.join(out_dir, "slide")],
                   check=True, timeout=600)
    return sorted(glob.glob(os.path.join(out_dir, "slide-*.png")))


def _speak(text, voice, wav_path):
    subprocess.run(["espeak-ng", "-v", voice, "-w", wav_path, text], check=True, timeout=120)


def _assemble(slides, audio, target):
    inputs = []
    for png, wav in zip(slides, audio):
        inputs += ["-loop", "1", "-i", png, "-i", wav]
    subprocess.run(["ffmpeg", "-y", *inputs, "-shortest", "-pix_fmt", "yuv420p", target],
                   check=True, timeout=1200)


def main(job_id, pdf_path, voice):
    set_status(redis_conn, job_id, "rendering slides")
    work_dir = os.path.dirname(pdf_path)
    slides = _render_slides(pdf_path, work_dir)
    audio = []
    for index, png in enumerate(slides):
        wav = os.path.join(work_dir, f"slide-{index}.wav")
        _speak(narrate(png), voice, wav)
        audio.append(wav)
    set_status(redis_conn, job_id, "assembling video")
    _assemble(slides, audio, os.path.join(OUTPUT_DIR, f"{job_id}.mp4"))
    set_status(redis_conn, job_id, "done")
