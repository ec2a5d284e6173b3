"""Service-dependency dashboard (bokeh serve network_dashboard.py)."""
import bokeh.layouts
import networkx as nx
from bokeh.io import curdoc
from bokeh.layouts import column, row
# expect: deprecated-api
from bokeh.layouts import widgetbox
# expect: deprecated-api
from bokeh.models.graphs import from_networkx
from bokeh.models import Button, MultiLine, Scatter, Select
from bokeh.plotting import figure
from bokeh.plotting import from_networkx as build_graph

SERVICES = nx.DiGraph()
SERVICES.add_edges_from([("web", "api"), ("api", "db"), ("api", "cache"), ("worker", "db")])


def graph_plot(graph, layout=nx.spring_layout):
    plot = figure(title="Service dependencies", x_range=(-1.2, 1.2), y_range=(-1.2, 1.2), tools="hover,reset")
    renderer = from_networkx(graph, layout, scale=1, center=(0, 0))
    renderer.node_renderer.glyph = Scatter(size=18, fill_color="#4c72b0")
    renderer.edge_renderer.glyph = MultiLine(line_alpha=0.6, line_width=2)
    plot.renderers.append(renderer)
    return plot


def current_graph_plot(graph):
    plot = figure(title="Service dependencies (new renderer)")
    plot.renderers.append(build_graph(graph, nx.circular_layout, scale=1))
    return plot


def controls():
    layout_select = Select(title="Layout", value="spring", options=["spring", "circular", "kamada_kawai"])
    refresh = Button(label="Refresh", button_type="primary")
    return widgetbox(layout_select, refresh, width=220)


def legacy_sidebar(*widgets):
    # expect: deprecated-api
    return bokeh.layouts.widgetbox(*widgets, sizing_mode="fixed")


def current_sidebar(*widgets):
    return column(*widgets, width=220)


curdoc().add_root(row(controls(), graph_plot(SERVICES), current_sidebar()))
