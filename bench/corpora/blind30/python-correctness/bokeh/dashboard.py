"""Bokeh server dashboard for the network operations team."""
import networkx as nx
from bokeh.io import curdoc
from bokeh.layouts import column, row
# expect: deprecated-api
from bokeh.layouts import widgetbox
# expect: deprecated-api
from bokeh.models.graphs import from_networkx
from bokeh.models import Button, Slider
from bokeh.plotting import figure
from bokeh.plotting import from_networkx as plot_from_networkx

slider = Slider(start=1, end=50, value=10, step=1, title="Nodes")
button = Button(label="Refresh")


def topology_plot(graph):
    plot = figure(title="Topology", x_range=(-2, 2), y_range=(-2, 2))
    renderer = from_networkx(graph, nx.spring_layout, scale=1.8, center=(0, 0))
    plot.renderers.append(renderer)
    return plot


def topology_plot_new(graph):
    plot = figure(title="Topology", x_range=(-2, 2), y_range=(-2, 2))
    plot.renderers.append(plot_from_networkx(graph, nx.circular_layout, scale=1.8, center=(0, 0)))
    return plot


controls = widgetbox(slider, button, width=300)
plot = topology_plot(nx.karate_club_graph())
curdoc().add_root(row(controls, plot))
curdoc().add_root(column(slider, topology_plot_new(nx.karate_club_graph())))
