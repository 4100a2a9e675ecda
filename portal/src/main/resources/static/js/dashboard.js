/*
 * The provincial dashboard, live: draws the charts (ECharts, from the numbers the page's tables
 * also show) and listens to reporting-service's event stream through the portal's gateway. On each
 * "change" the figures block is fetched again with the page's filters and swapped in place (htmx),
 * so the page never reloads; bursts of changes are gathered into one refresh.
 */
(function () {
  'use strict';

  var root = document.getElementById('dashboard');
  if (!root) {
    return;
  }
  var status = document.getElementById('live-status');
  var seriesNames = {
    expected: root.dataset.seriesExpected,
    submitted: root.dataset.seriesSubmitted,
    onTime: root.dataset.seriesOnTime,
    total: root.dataset.seriesTotal
  };
  var palette = ['#5b6470', '#a4161a', '#1b5e20', '#1d4ed8'];
  var refreshTimer = null;

  function say(text) {
    if (status && text) {
      status.textContent = text;
    }
  }

  function drawCharts() {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll('#dashboard-figures [data-chart]').forEach(function (element) {
      var data = JSON.parse(element.getAttribute('data-chart'));
      var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        color: palette,
        aria: { enabled: false },
        grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
        legend: { top: 0, show: data.series.length > 1 },
        xAxis: { type: 'category', data: data.labels, axisLabel: { interval: 0, width: 110, overflow: 'truncate' } },
        yAxis: { type: 'value', minInterval: 1 },
        series: data.series.map(function (series) {
          return { name: seriesNames[series.key] || series.key, type: 'bar', data: series.values,
                   label: { show: true, position: 'top' } };
        })
      }, true);
    });
  }

  function refresh() {
    refreshTimer = null;
    window.htmx.ajax('GET', root.dataset.figures, { target: '#dashboard-figures', swap: 'outerHTML' })
      .then(function () {
        drawCharts();
        var time = new Date().toLocaleTimeString('vi-VN', { hour12: false });
        say((root.dataset.updated || '').replace('{0}', time));
      });
  }

  function scheduleRefresh() {
    if (refreshTimer === null) {
      refreshTimer = window.setTimeout(refresh, 250);
    }
  }

  drawCharts();
  window.addEventListener('resize', function () {
    document.querySelectorAll('#dashboard-figures [data-chart]').forEach(function (element) {
      var chart = window.echarts && window.echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });

  if (!window.EventSource) {
    say(root.dataset.liveOff);
    return;
  }
  // The browser reconnects by itself after a network drop; the figures are re-read once it is back.
  var source = new EventSource(root.dataset.stream);
  var wasDown = false;
  source.addEventListener('ready', function () {
    say(root.dataset.liveOn);
    if (wasDown) {
      wasDown = false;
      scheduleRefresh();
    }
  });
  source.addEventListener('change', scheduleRefresh);
  source.addEventListener('error', function () {
    wasDown = true;
    say(root.dataset.liveOff);
  });
}());
