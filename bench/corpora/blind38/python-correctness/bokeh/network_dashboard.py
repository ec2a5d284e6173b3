"""Renders the service dependency graph with Bokeh."""
import networkx as nx
from bokeh import layouts
from bokeh.io import output_file, save
# expect: deprecated-api
from bokeh.layouts import widgetbox
# expect: deprecated-api
from bokeh.models.graphs import from_networkx
from bokeh.layouts import column, row
from bokeh.models import Button, Select
from bokeh.plotting import figure
from bokeh.plotting import from_networkx as graph_from_networkx


def controls():
    select = Select(title="Service", options=["api", "worker", "db"])
    button = Button(label="Refresh")
    # expect: deprecated-api
    return layouts.widgetbox(select, button, width=300)


def build(graph: nx.Graph):
    plot = figure(title="Dependencies", x_range=(-2, 2), y_range=(-2, 2))
    renderer = from_networkx(graph, nx.spring_layout, scale=1.8, center=(0, 0))
    plot.renderers.append(renderer)
    return row(widgetbox(Button(label="Zoom")), plot)


def build_current(graph: nx.Graph):
    plot = figure(title="Dependencies", x_range=(-2, 2), y_range=(-2, 2))
    plot.renderers.append(graph_from_networkx(graph, nx.circular_layout, scale=1.8))
    output_file("graph.html")
    return save(column(Select(options=["api", "db"]), plot))
