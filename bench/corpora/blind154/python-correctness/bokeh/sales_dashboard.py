"""Bokeh dashboard for weekly sales (served with `bokeh serve`)."""
import logging

import bokeh.layouts
import networkx as nx
from bokeh.io import curdoc
from bokeh.layouts import column, row
# expect: deprecated-api
from bokeh.layouts import widgetbox
# expect: deprecated-api
from bokeh.models.graphs import from_networkx
from bokeh.models import ColumnDataSource, Select, Slider
from bokeh.plotting import figure

from .data import load_sales, supplier_graph

log = logging.getLogger(__name__)

source = ColumnDataSource(data=load_sales(weeks=12))
region = Select(title="Region", value="all", options=["all", "north", "south", "east", "west"])
weeks = Slider(title="Weeks", start=4, end=52, value=12, step=1)

chart = figure(height=350, width=700, x_axis_type="datetime", title="Weekly sales")
chart.line("week", "total", source=source, line_width=2)

graph_plot = figure(height=350, width=350, title="Suppliers", x_range=(-1.2, 1.2), y_range=(-1.2, 1.2))
graph_plot.renderers.append(from_networkx(supplier_graph(), nx.spring_layout, scale=1, center=(0, 0)))


def refresh(attr, old, new):
    log.debug("refresh %s: %s -> %s", attr, old, new)
    source.data = load_sales(weeks=weeks.value, region=region.value)


region.on_change("value", refresh)
weeks.on_change("value", refresh)

controls = widgetbox(region, weeks, width=250)
# expect: deprecated-api
legacy_controls = bokeh.layouts.widgetbox(Select(title="Channel", value="web", options=["web", "store"]))
layout = row(column(controls, legacy_controls), column(chart, graph_plot))
curdoc().add_root(layout)
curdoc().title = "Sales"
