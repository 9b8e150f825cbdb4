// The insights dashboard's charts (ECharts, canvas renderer: no inline style or script, strict CSP).
(function () {
  'use strict';
  var root = document.getElementById('insights-charts');
  if (!root || !window.echarts) {
    return;
  }
  function chart(id) {
    return echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
  }
  function bars(id, parts, onClick) {
    var shown = parts.filter(function (p) { return p.value !== null; })
      .sort(function (a, b) { return b.value - a.value; });
    var instance = chart(id);
    if (onClick) {
      instance.on('click', function (event) { onClick(shown[event.dataIndex]); });
    }
    instance.setOption({
      grid: { left: 160, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: shown.map(function (p) { return p.name; }) },
      series: [{ type: 'bar', data: shown.map(function (p) { return p.value; }) }]
    });
  }
  function lines(id, labels, names, series) {
    chart(id).setOption({
      legend: { data: names },
      grid: { left: 50, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value' },
      series: series.map(function (values, i) {
        return { name: names[i], type: 'line', connectNulls: false, data: values };
      })
    });
  }
  fetch(root.dataset.url, { credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (data) {
      lines('chart-over-time', data.months, data.territories, data.overTime);
      lines('chart-seasonality', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
        data.territories, data.seasonality);
      // Top needs: a click on a category drills down to its sub-categories (the table under the
      // chart offers the same links to keyboard and screen reader users).
      bars('chart-top-needs', data.topNeeds, data.topNeedsCategory === null ? function (part) {
        var url = new URL(root.dataset.drill, window.location.href);
        url.searchParams.set('category', part.code);
        window.location.assign(url.toString());
      } : null);
      bars('chart-reasons', data.reasons);
      chart('chart-channels').setOption({
        series: [{ type: 'pie', radius: '65%', data: data.channels
          .filter(function (p) { return p.value !== null; })
          .map(function (p) { return { name: p.name, value: p.value }; }) }]
      });
      document.getElementById('unmet-rate').textContent =
        data.unmetRate === null ? '—' : data.unmetRate + ' %';
      return fetch(root.dataset.map, { credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (geo) {
          echarts.registerMap('qc', geo);
          var rates = data.regions.filter(function (r) { return r.value !== null; })
            .map(function (r) { return r.value; });
          chart('chart-map').setOption({
            visualMap: { min: 0, max: Math.max.apply(null, rates.concat([1])), calculable: true, left: 0, bottom: 0 },
            geo: { map: 'qc', nameProperty: 'region_code', roam: true },
            series: [
              { type: 'map', geoIndex: 0, data: data.regions.map(function (r) { return { name: r.code, value: r.value }; }) },
              { type: 'scatter', coordinateSystem: 'geo',
                symbolSize: function (v) { return 4 + Math.sqrt(v[2]) * 2; },
                data: data.points.map(function (p) { return { name: p.name, value: p.value }; }) }
            ]
          });
        });
    });
}());
