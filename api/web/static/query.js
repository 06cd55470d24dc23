// A small SPARQL highlighter for the query textarea: a <pre> behind a transparent textarea,
// refilled with coloured spans on every edit. Spans are built as DOM nodes with text
// content, never as HTML strings, so whatever is typed stays text.
(function () {
  "use strict";
  var area = document.getElementById("sparql");
  var out = document.getElementById("highlight");
  if (!area || !out) { return; }
  var KEYWORDS = ("SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED PREFIX BASE DISTINCT REDUCED " +
    "OPTIONAL UNION MINUS FILTER BIND VALUES GRAPH SERVICE AS GROUP BY ORDER HAVING LIMIT " +
    "OFFSET ASC DESC NOT EXISTS IN COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR STR " +
    "LANG LCASE UCASE CONTAINS STRSTARTS STRENDS REGEX YEAR MONTH DAY SUBSTR COALESCE IF " +
    "BOUND ISIRI ISLITERAL DATATYPE true false a").split(" ");
  var isKeyword = {};
  KEYWORDS.forEach(function (k) { isKeyword[k.toUpperCase()] = true; });
  var RULES = [
    ["comment", /^#[^\n]*/],
    ["string", /^"(?:[^"\\\n]|\\.)*"|^'(?:[^'\\\n]|\\.)*'/],
    ["iri", /^<[^<>"{}|^`\\\s]*>/],
    ["variable", /^[?$][A-Za-z0-9_\u00C0-\u1EF9]+/],
    ["pname", /^[A-Za-z][\w-]*:[^\s{}();,.]*(?:\.[^\s{}();,.]+)*|^:[^\s{}();,]*/],
    ["number", /^[0-9]+(?:\.[0-9]+)?/],
    ["word", /^[A-Za-z_]+/],
    ["space", /^\s+/],
    ["other", /^[\s\S]/]
  ];
  function paint() {
    var text = area.value;
    var frag = document.createDocumentFragment();
    while (text.length) {
      for (var i = 0; i < RULES.length; i++) {
        var m = RULES[i][1].exec(text);
        if (!m) { continue; }
        var kind = RULES[i][0];
        if (kind === "word") { kind = isKeyword[m[0].toUpperCase()] ? "keyword" : "other"; }
        var span = document.createElement("span");
        span.className = "tok-" + kind;
        span.textContent = m[0];
        frag.appendChild(span);
        text = text.slice(m[0].length);
        break;
      }
    }
    frag.appendChild(document.createTextNode("\n"));
    out.textContent = "";
    out.appendChild(frag);
    out.parentNode.scrollTop = area.scrollTop;
    out.parentNode.scrollLeft = area.scrollLeft;
  }
  area.addEventListener("input", paint);
  area.addEventListener("scroll", function () {
    out.parentNode.scrollTop = area.scrollTop;
    out.parentNode.scrollLeft = area.scrollLeft;
  });
  area.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); area.form.submit(); }
    if (e.key === "Tab") {
      e.preventDefault();
      var s = area.selectionStart;
      area.setRangeText("  ", s, area.selectionEnd, "end");
      paint();
    }
  });
  paint();
  document.body.setAttribute("data-highlighted", "yes");
})();
