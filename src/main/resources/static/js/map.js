// Maps of the service and results pages (Leaflet). Markers come from data-points; tiles from
// data-tiles (none when blank: the markers and region outlines still show).
(function () {
  function draw(element) {
    var points = JSON.parse(element.dataset.points || "[]");
    var map = L.map(element, { scrollWheelZoom: false });
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.attribution || "" }).addTo(map);
    }
    if (element.dataset.regions) {
      fetch(element.dataset.regions)
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (geojson) {
          if (geojson) {
            L.geoJSON(geojson, { interactive: false, style: { color: "#0b5394", weight: 1, fillOpacity: 0.03 } }).addTo(map);
          }
        })
        .catch(function () {});
    }
    var bounds = [];
    points.forEach(function (p) {
      var marker = L.circleMarker([p.lat, p.lon], { radius: 9, color: "#073763", weight: 2, fillColor: "#0b5394", fillOpacity: 0.8 });
      var label = document.createElement("span");
      if (p.href) {
        var link = document.createElement("a");
        link.href = p.href;
        link.textContent = p.label;
        label.appendChild(link);
      } else {
        label.textContent = p.label;
      }
      marker.bindPopup(label).addTo(map);
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], 14);
    } else if (bounds.length > 1) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    } else {
      map.setView([47.5, -71.5], 5);
    }
    element.classList.add("map-ready");
  }
  function drawAll(root) {
    if (typeof L === "undefined") return;
    root.querySelectorAll(".map[data-points]:not(.map-ready)").forEach(draw);
  }
  document.addEventListener("DOMContentLoaded", function () { drawAll(document); });
  // results swapped in by htmx bring their own map element
  document.addEventListener("htmx:afterSettle", function (event) { drawAll(event.target); });
})();
