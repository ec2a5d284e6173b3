"""Bokeh dashboard of the service dependency graph.

Deployed with bokeh 3.4 (pinned in requirements/dashboard.txt).
"""
import networkx as nx
from bokeh.io import curdoc
from bokeh.layouts import column, row
# expect: deprecated-api
from bokeh.layouts import widgetbox
from bokeh.models import Button, ColumnDataSource, Select
# expect: deprecated-api
from bokeh.models.graphs import from_networkx
from bokeh.plotting import figure

from .topology import load_graph


def build_graph_plot(graph):
    plot = figure(title="Service dependencies", x_range=(-1.2, 1.2), y_range=(-1.2, 1.2),
                  tools="pan,wheel_zoom,reset", toolbar_location="above")
    renderer = from_networkx(graph, nx.spring_layout, scale=1, center=(0, 0))
    plot.renderers.append(renderer)
    return plot


def build_latency_plot(samples):
    source = ColumnDataSource(data={"t": [s.t for s in samples], "ms": [s.ms for s in samples]})
    plot = figure(title="p95 latency", x_axis_type="datetime", height=250)
    plot.line("t", "ms", source=source)
    return plot


def build_controls(on_refresh):
    env = Select(title="Environment", value="prod", options=["prod", "staging"])
    refresh = Button(label="Refresh")
    refresh.on_click(on_refresh)
    return widgetbox(env, refresh)


def main():
    graph = load_graph()
    controls = build_controls(lambda: curdoc().clear())
    layout = row(controls, column(build_graph_plot(graph), build_latency_plot([])))
    curdoc().add_root(layout)


main()
