// The charts of the supervisor's dashboard and of the comparison, drawn with ECharts from the figures the page
// carries in a data attribute (the same JSON as GET /api/dashboard). The tables beside them hold every figure and
// link; a click on a bar or a slice opens the same list as the table's link. No inline script: CSP-friendly.
(function () {
  'use strict';
  if (typeof window.echarts === 'undefined') {
    return;
  }
  function open(figure) {
    if (figure && figure.page) {
      window.location.href = figure.page;
    }
  }
  function draw(el, option, figureOf) {
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    option.animation = false;
    option.tooltip = option.tooltip || { trigger: 'item' };
    chart.setOption(option);
    chart.on('click', function (p) { open(figureOf(p)); });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function bar(el, figures, horizontal) {
    var labels = figures.map(function (f) { return f.label; });
    var values = figures.map(function (f) { return f.count; });
    var category = { type: 'category', data: labels, axisLabel: { interval: 0, rotate: horizontal ? 0 : 30 } };
    var value = { type: 'value', minInterval: 1 };
    draw(el, {
      grid: { left: horizontal ? 140 : 40, right: 20, top: 20, bottom: horizontal ? 30 : 80 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign(category, { inverse: true }) : value,
      series: [{ type: 'bar', data: values }]
    }, function (p) { return figures[p.dataIndex]; });
  }
  function pie(el, figures) {
    draw(el, {
      series: [{ type: 'pie', radius: ['35%', '65%'],
        data: figures.filter(function (f) { return f.count > 0; })
          .map(function (f) { return { name: f.label, value: f.count, figure: f }; }) }]
    }, function (p) { return p.data.figure; });
  }
  function grouped(el, categories, series, stacked) {
    draw(el, {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 40, right: 20, top: 40, bottom: 80 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map(function (s) {
        return { name: s.name, type: 'bar', stack: stacked ? 'all' : undefined,
          data: s.figures.map(function (f) { return { value: f.count, figure: f }; }) };
      })
    }, function (p) { return p.data && p.data.figure; });
  }

  var holder = document.getElementById('dashboard-figures');
  if (holder) {
    var d = JSON.parse(holder.getAttribute('data-figures'));
    var charts = {
      appsByStatus: function (el) { bar(el, d.apps.byStatus, true); },
      appsByKind: function (el) { pie(el, d.apps.byKind); },
      appsByLevel: function (el) { bar(el, d.apps.byLevel, false); },
      clearance: function (el) {
        var c = d.clearance;
        pie(el, [c.integrated, c.closed, c.kept, c.exiting]);
      },
      pending: function (el) {
        grouped(el, d.pending[0].byAge.map(function (f) { return f.label; }),
          d.pending.map(function (p) { return { name: p.label, figures: p.byAge }; }), true);
      },
      overdueByDepartment: function (el) { bar(el, d.overdueTasks.byDepartment, true); },
      overdueByStep: function (el) { bar(el, d.overdueTasks.byStep, true); },
      burdens: function (el) {
        grouped(el, d.burdens.months, d.burdens.byCategory.map(function (r) {
          return { name: r.label, figures: r.byMonth };
        }), true);
      },
      ledger: function (el) {
        var rows = d.ledger.byCategory;
        grouped(el, rows.map(function (r) { return r.label; }), [
          { name: d.ledger.open.label, figures: rows.map(function (r) { return r.open; }) },
          { name: d.ledger.overdue.label, figures: rows.map(function (r) { return r.overdue; }) },
          { name: d.ledger.closed.label, figures: rows.map(function (r) { return r.closed; }) }
        ], false);
      },
      exits: function (el) { bar(el, d.exits.byState, true); },
      backlog: function (el) { bar(el, d.backlog.byDaysLeft, false); }
    };
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var f = charts[el.getAttribute('data-chart')];
      if (f) { f(el); }
    });
  }

  var compareHolder = document.getElementById('compare-figures');
  if (compareHolder) {
    var c = JSON.parse(compareHolder.getAttribute('data-compare'));
    var key = { OVERDUE_TASKS: 'overdueTasks', PENDING: 'pendingFilings', LEDGER_OVERDUE: 'ledgerOverdue',
      BACKLOG: 'backlog', APPS: 'apps', REDUCTION_RATE: null }[c.sort];
    var el = document.querySelector('[data-chart="compare"]');
    if (el && c.rows.length > 0) {
      var names = c.rows.map(function (r) { return r.department.name; });
      var values = c.rows.map(function (r) {
        return key ? { value: r[key].count, figure: r[key] } : { value: r.reductionRatePercent };
      });
      draw(el, {
        tooltip: { trigger: 'axis' },
        grid: { left: 120, right: 30, top: 20, bottom: 30 },
        xAxis: { type: 'value', minInterval: key ? 1 : 0 },
        yAxis: { type: 'category', data: names, inverse: true },
        series: [{ type: 'bar', name: c.sortLabel, data: values }]
      }, function (p) { return p.data && p.data.figure; });
    }
  }
})();
