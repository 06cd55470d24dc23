// Draws the graph whose node/edge lists the server put in #graph-data (positions included,
// physics off), and opens a node's page on click. No inline script: the CSP forbids it.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  var data = document.getElementById("graph-data");
  if (!box || !data || typeof vis === "undefined") { return; }
  var graph = JSON.parse(data.textContent);
  var nodes = new vis.DataSet(graph.nodes);
  var edges = new vis.DataSet(graph.edges);
  var network = new vis.Network(box, { nodes: nodes, edges: edges }, graph.options || {});
  network.once("afterDrawing", function () {
    network.fit({ animation: false });
    box.setAttribute("data-ready", "yes");
  });
  network.on("click", function (params) { open(params); });
  function open(params) {
    if (!params.nodes || !params.nodes.length) { return; }
    var node = nodes.get(params.nodes[0]);
    if (node && node.href && node.href.charAt(0) === "/") { window.location.href = node.href; }
  }
  window.cadregraphNetwork = network;
})();
