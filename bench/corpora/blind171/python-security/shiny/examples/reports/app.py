"""Example Shiny app: pick a dataset, download it, share a report link."""

import html
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse

from shiny import App, Inputs, Outputs, Session, reactive, render, ui

DATA_DIR = Path(__file__).parent / "data"
DATASETS = {"penguins": "penguins.csv", "flights": "flights.csv", "iris": "iris.csv"}

app_ui = ui.page_fluid(
    ui.input_select("dataset", "Dataset", choices=list(DATASETS)),
    ui.input_text("report_file", "Saved report name"),
    ui.input_text("title", "Report title"),
    ui.download_button("download", "Download CSV"),
    ui.output_ui("share"),
)


def server(input: Inputs, output: Outputs, session: Session):

    @render.download(filename=lambda: DATASETS.get(input.dataset(), "data.csv"))
    def download():
        name = input.dataset()
        if name not in DATASETS:
            raise ValueError("unknown dataset")
        return str(DATA_DIR / DATASETS[name])

    async def saved_report(request: Request):
        name = input.report_file()
        # expect: path-traversal
        return FileResponse(DATA_DIR / "reports" / name)

    async def report_page(request: Request):
        title = request.query_params.get("title", "Report")
        safe_title = html.escape(title)
        return HTMLResponse(f"<html><head><title>{safe_title}</title></head>"
                            f"<body><h1>{safe_title}</h1></body></html>")

    async def report_banner(request: Request):
        who = request.query_params.get("by", "anonymous")
        # expect: xss
        return HTMLResponse(f"<div class='banner'>Shared by {who}</div>")

    @render.ui
    @reactive.event(input.title)
    def share():
        report_url = session.dynamic_route("report", report_page)
        session.dynamic_route("banner", report_banner)
        session.dynamic_route("saved", saved_report)
        return ui.a("Open report", href=report_url, target="_blank")


app = App(app_ui, server)
