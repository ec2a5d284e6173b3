"""Bokeh dashboard for the dependency graph and the filters panel."""
import networkx as nx
from bokeh.io import curdoc
# expect: deprecated-api
from bokeh.layouts import row, widgetbox
from bokeh.layouts import column
from bokeh.models import Select, Slider
from bokeh.plotting import figure


def controls():
    kind = Select(title="Kind", value="all", options=["all", "runtime", "dev"])
    depth = Slider(title="Depth", start=1, end=6, value=2)
    return widgetbox(kind, depth, width=240)


def graph_plot(edges):
    # expect: deprecated-api
    from bokeh.models.graphs import from_networkx
    g = nx.DiGraph(edges)
    plot = figure(title="Dependencies", x_range=(-1.2, 1.2), y_range=(-1.2, 1.2))
    plot.renderers.append(from_networkx(g, nx.spring_layout, scale=1, center=(0, 0)))
    return plot


def tree_plot(edges):
    from bokeh.plotting import from_networkx as graph_from_networkx
    plot = figure(title="Tree")
    plot.renderers.append(graph_from_networkx(nx.Graph(edges), nx.kamada_kawai_layout))
    return plot


def legacy_panel(widgets):
    # expect: deprecated-api
    from bokeh.layouts import widgetbox as wbox
    return wbox(*widgets)


def build(edges):
    curdoc().add_root(row(controls(), column(graph_plot(edges), tree_plot(edges))))
