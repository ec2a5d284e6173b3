'use strict';

// Pug sources for dashboard widgets. Each tenant configures its widgets in the
// "Customize" dialog: title, colours and a free-form "extra attributes" JSON.

const pug = require('pug');

const WIDGET_LINES = [
  'section.widget(class="widget-" + widget.kind data-widget-id=widget.id)',
  '  header',
  '    h3= widget.title',
  // the tenant's "extra attributes" object is copied onto the element as it is
  // expect: xss
  '  div.widget-body&attributes(widget.extraAttributes)',
  '    block content',
  '  footer',
  '    a(href="/widgets/" + widget.id + "/settings") Settings',
];

const CHART_LINES = [
  'figure.chart&attributes({"data-series": chart.seriesKey, "data-period": chart.period})',
  '  figcaption= chart.caption',
  '  canvas(width=chart.width height=chart.height)',
];

const LINK_LINES = [
  'ul.links',
  '  each link in links',
  '    li',
  '      a.link(href="/go/" + link.id)= link.label',
];

function compileAll() {
  return {
    widget: pug.compile(WIDGET_LINES.join('\n')),
    chart: pug.compile(CHART_LINES.join('\n')),
    links: pug.compile(LINK_LINES.join('\n')),
  };
}

function chartLocals(chart) {
  const periods = ['day', 'week', 'month'];
  return {
    chart: {
      seriesKey: String(chart.seriesKey).replace(/[^a-z0-9_.-]/gi, ''),
      period: periods.includes(chart.period) ? chart.period : 'week',
      caption: chart.caption,
      width: Number(chart.width) || 480,
      height: Number(chart.height) || 240,
    },
  };
}

module.exports = { compileAll, chartLocals, WIDGET_LINES, CHART_LINES, LINK_LINES };
