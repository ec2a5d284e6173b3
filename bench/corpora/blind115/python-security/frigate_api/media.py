import os

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response

from .const import CLIPS_DIR, EXPORT_DIR
from .ffmpeg import FfmpegExporter, snapshot_from_recording
from .models import Event, Recordings

router = APIRouter(tags=["media"])
exporter = FfmpegExporter()


@router.get("/{camera_name}/recordings/{start_ts}/snapshot.jpg")
def recording_snapshot(request: Request, camera_name: str, start_ts: float, height: int = Query(720)):
    recording = Recordings.latest_before(camera_name, start_ts)
    if recording is None:
        return JSONResponse({"success": False}, status_code=404)
    image = snapshot_from_recording(recording.path, start_ts - recording.start_time, int(height))
    return Response(image, media_type="image/jpeg")


@router.get("/events/{event_id}/clip.mp4")
def event_clip(event_id: str, download: bool = False):
    event = Event.get_by_id(event_id)
    clip_path = os.path.join(CLIPS_DIR, f"{event.camera}-{event.id}.mp4")
    return FileResponse(clip_path, filename=f"{event.id}.mp4")


@router.get("/exports/{name}")
def get_export(name: str):
    path = os.path.join(EXPORT_DIR, name)
    # expect: path-traversal
    return FileResponse(path, media_type="video/mp4")


@router.post("/export/{camera_name}/start/{start_time}/end/{end_time}")
def export_recording(request: Request, camera_name: str, start_time: float, end_time: float):
    body = {}
    playback = request.query_params.get("playback", "realtime")
    name = request.query_params.get("name") or f"{camera_name}_{int(start_time)}"
    exporter.queue(camera_name, start_time, end_time, name, playback, body)
    return JSONResponse({"success": True, "name": name})


@router.get("/{camera_name}/latest.jpg")
def latest_frame(request: Request, camera_name: str):
    cameras = request.app.frigate_config["cameras"]
    if camera_name not in cameras:
        return JSONResponse({"success": False}, status_code=404)
    path = os.path.join(CLIPS_DIR, "latest", f"{camera_name}.jpg")
    return FileResponse(path)
