"""Network health dashboard served with `bokeh serve`."""
import networkx as nx
# expect: deprecated-api
from bokeh.layouts import row, widgetbox
from bokeh.layouts import column
# expect: deprecated-api
from bokeh.models.graphs import from_networkx
from bokeh.models import Button, Div, Select
from bokeh.plotting import curdoc, figure
from bokeh.plotting import from_networkx as graph_renderer

from .topology import load_topology


def build_graph_plot(graph):
    plot = figure(title="Topology", x_range=(-2, 2), y_range=(-2, 2), tools="hover,pan,wheel_zoom")
    plot.renderers.append(from_networkx(graph, nx.spring_layout, scale=1.8, center=(0, 0)))
    return plot


def build_side_plot(graph):
    plot = figure(title="Core only", x_range=(-2, 2), y_range=(-2, 2))
    core = graph.subgraph([n for n, d in graph.nodes(data=True) if d.get("tier") == "core"])
    plot.renderers.append(graph_renderer(core, nx.circular_layout))
    return plot


def controls():
    site = Select(title="Site", options=["ams", "fra", "lon"], value="ams")
    refresh = Button(label="Refresh")
    return widgetbox(site, refresh)


def legacy_controls():
    # expect: deprecated-api
    from bokeh.layouts import widgetbox as legacy_box
    return legacy_box(Button(label="Reload topology"))


graph = load_topology()
header = Div(text="<b>Network health</b>")
curdoc().add_root(column(header, row(controls(), build_graph_plot(graph), build_side_plot(graph))))
