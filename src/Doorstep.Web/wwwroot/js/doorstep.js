// Progressive enhancement only: every page works without this file.
(function () {
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    if (!window.echarts) return;
    var data = JSON.parse(el.getAttribute('data-chart'));
    var chart = echarts.init(el);
    chart.setOption({
      grid: { left: 40, right: 16, top: 16, bottom: 60 },
      tooltip: {},
      xAxis: { type: 'category', data: data.names, axisLabel: { rotate: data.names.length > 6 ? 30 : 0, interval: 0 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: data.values, itemStyle: { color: '#b4232a' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });

  // Government intranets have their own tile servers and no internet: without a tile URL the map
  // still shows every point on a plain background, which is what matters.
  document.querySelectorAll('[data-points]').forEach(function (el) {
    if (!window.L) return;
    var points = JSON.parse(el.getAttribute('data-points'));
    var map = L.map(el, { zoomControl: true });
    map.attributionControl.setPrefix(false);
    var tiles = document.body.getAttribute('data-tiles');
    if (tiles) L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
    var layer = L.featureGroup(points.map(function (p) {
      return L.circleMarker([p.Latitude, p.Longitude], { radius: 6, color: '#b4232a', weight: 2, fillOpacity: 0.6 })
        .bindTooltip(p.Name).on('click', function () { window.location.href = p.Href; });
    })).addTo(map);
    if (points.length) map.fitBounds(layer.getBounds().pad(0.1)); else map.setView([27.83, 113.08], 11);
  });
})();
