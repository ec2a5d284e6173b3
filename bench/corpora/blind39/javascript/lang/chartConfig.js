const DEFAULT_TIMEOUT = 3000;

function buildRequestOptions(overrides) {
  const options = { method: 'GET', headers: {} };
  options.timeout = DEFAULT_TIMEOUT;
  // expect: useless-assignment
  options.timeout = overrides.timeout || 5000;
  return options;
}

class ChartPanel {
  constructor(el) {
    this.el = el;
    this.state = {};
    // expect: useless-assignment
    this.state = { loading: true, series: [] };
  }

  hide() {
    this.el.style.display = 'none';
    // expect: useless-assignment
    this.el.style.display = 'block';
  }
}

function endpointFor(base, path, useApi) {
  let url;
  url = base;
  // expect: useless-assignment
  url = useApi ? `${base}/api/v2/${path}` : `${base}/${path}`;
  return url;
}

// Safe: the second assignment reads the first.
function nextPage(cursor) {
  let page = cursor.page;
  page = page + 1;
  return page;
}

// Safe: different variables, and assignments in different branches.
function resetCounters(stats, full) {
  stats.count = 0;
  stats.total = 0;
  if (full) {
    stats.mode = 'full';
  } else {
    stats.mode = 'partial';
  }
  return stats;
}

module.exports = { buildRequestOptions, ChartPanel, endpointFor, nextPage, resetCounters };
