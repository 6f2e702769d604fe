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

  // A grid member on a phone sends where they stand with each step; without permission or a fix
  // the step goes without a position, as it must in a basement or an old building.
  document.querySelectorAll('form[data-gps]').forEach(function (form) {
    if (!navigator.geolocation) return;
    var lon = form.querySelector('[name="longitude"], #longitude');
    var lat = form.querySelector('[name="latitude"], #latitude');
    var status = form.querySelector('.gps-status');
    if (!lon || !lat || lon.value) return;
    navigator.geolocation.getCurrentPosition(function (p) {
      lon.value = p.coords.longitude.toFixed(6);
      lat.value = p.coords.latitude.toFixed(6);
      if (status) status.textContent = status.textContent.replace(/[（(].*$/, '') + ' ✓ ' + lon.value + ', ' + lat.value;
    }, function () { }, { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
  });

  // The inspector's venue list sorts nearest first once the phone tells where it is.
  document.querySelectorAll('form[data-nearest]').forEach(function (form) {
    if (!navigator.geolocation) return;
    navigator.geolocation.getCurrentPosition(function (p) {
      form.querySelector('[name="longitude"]').value = p.coords.longitude.toFixed(6);
      form.querySelector('[name="latitude"]').value = p.coords.latitude.toFixed(6);
      form.submit();
    }, function () { }, { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
  });
})();
