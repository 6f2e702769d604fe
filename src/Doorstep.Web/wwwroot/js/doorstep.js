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
  function baseMap(el) {
    var map = L.map(el, { zoomControl: true });
    map.attributionControl.setPrefix(false);
    var tiles = document.body.getAttribute('data-tiles');
    if (tiles) L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
    return map;
  }

  document.querySelectorAll('[data-points]').forEach(function (el) {
    if (!window.L) return;
    var points = JSON.parse(el.getAttribute('data-points'));
    var map = baseMap(el);
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

  // The employment circle: each station with its reach, each community coloured by how much of it
  // is reached, and the suggested sites dashed.
  document.querySelectorAll('[data-coverage]').forEach(function (el) {
    if (!window.L) return;
    var data = JSON.parse(el.getAttribute('data-coverage'));
    var map = baseMap(el);
    var layers = [];
    data.communities.forEach(function (c) {
      var colour = c.Rate >= 0.8 ? '#2e7d32' : c.Rate > 0 ? '#f9a825' : '#b4232a';
      layers.push(L.circleMarker([c.Latitude, c.Longitude], { radius: 4 + Math.min(10, Math.sqrt(c.Residents) / 3), color: colour, fillOpacity: 0.5, weight: 1 })
        .bindTooltip(c.Name + ' ' + Math.round(c.Rate * 100) + '%'));
    });
    data.stations.forEach(function (s) {
      layers.push(L.circle([s.Latitude, s.Longitude], { radius: data.radius, color: '#1565c0', weight: 1, fillOpacity: 0.08 }).bindTooltip(s.Name));
      layers.push(L.circleMarker([s.Latitude, s.Longitude], { radius: 5, color: '#1565c0', fillOpacity: 1 }).bindTooltip(s.Name));
    });
    data.sites.forEach(function (s) {
      layers.push(L.circle([s.Latitude, s.Longitude], { radius: data.radius, color: '#6a1b9a', dashArray: '6 6', weight: 2, fillOpacity: 0.05 }).bindTooltip(s.Name + ' +' + s.Gain));
    });
    // A circle has bounds only on a map with a view, so the view comes first.
    map.setView([27.83, 113.08], 11);
    var group = L.featureGroup(layers).addTo(map);
    if (layers.length) map.fitBounds(group.getBounds().pad(0.1));
  });

  // The public job map: where the resident stands (and how far the search reaches), the jobs in
  // red — a tap scrolls to the job's card — and the stations to apply at in blue.
  document.querySelectorAll('[data-jobs]').forEach(function (el) {
    if (!window.L) return;
    var data = JSON.parse(el.getAttribute('data-jobs'));
    var map = baseMap(el);
    var markers = [];
    data.stations.forEach(function (s) {
      markers.push(L.circleMarker([s.Latitude, s.Longitude], { radius: 7, color: '#1565c0', fillColor: '#1565c0', fillOpacity: 0.9 }).bindTooltip(s.Name));
    });
    data.jobs.forEach(function (j) {
      markers.push(L.circleMarker([j.Latitude, j.Longitude], { radius: 6, color: '#b4232a', weight: 2, fillOpacity: 0.6 }).bindTooltip(j.Name)
        .on('click', function () { var card = document.querySelector(j.Href); if (card) card.scrollIntoView({ behavior: 'smooth', block: 'center' }); }));
    });
    if (data.origin) {
      markers.push(L.circleMarker([data.origin.Latitude, data.origin.Longitude], { radius: 8, color: '#2e7d32', weight: 3, fillColor: '#fff', fillOpacity: 1 }).bindTooltip(data.origin.Name));
    }
    map.setView(data.origin ? [data.origin.Latitude, data.origin.Longitude] : [27.83, 113.08], data.origin ? 13 : 11);
    if (data.origin && data.radius) {
      L.circle([data.origin.Latitude, data.origin.Longitude], { radius: data.radius, color: '#2e7d32', weight: 1, dashArray: '6 6', fillOpacity: 0.03 }).addTo(map);
    }
    var group = L.featureGroup(markers).addTo(map);
    if (markers.length > 1) map.fitBounds(group.getBounds().pad(0.1), { maxZoom: 15 });
  });
})();
