// Dashboard charts (Chart.js) from the JSON in #dashboard-data's data-charts attribute (which also names the
// indicators and states each chart shows: this script has no list of its own), the sortable ranking
// table and the print button. The JSON arrives through an HTML attribute, so no text in it can break out
// into a script.
(function () {
    'use strict';

    // Okabe–Ito palette: distinguishable with the common forms of colour blindness.
    var COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
    var POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'];
    var holder = document.getElementById('dashboard-data');
    if (holder && window.Chart) {
        var data = JSON.parse(holder.dataset.charts || '{}');
        var labels = data.labels || {};
        Chart.defaults.maintainAspectRatio = false;
        Chart.defaults.animation = false;

        var percentAxis = {beginAtZero: true, max: 100, title: {display: true, text: labels['dashboard.chart.percentOfUnits']}};

        // A bar chart of two series over the indicators' codes (the tooltip names the indicator).
        function pairedBars(codes, first, second, yAxis) {
            return {
                type: 'bar',
                data: {
                    labels: codes,
                    datasets: [first, second].map(function (series, i) {
                        return {label: labels[series[0]], data: series[1], backgroundColor: COLOURS[i]};
                    })
                },
                options: {scales: {y: yAxis}, plugins: {tooltip: {callbacks: {title: nameOf}}}}
            };
        }

        draw('chart-adoption', data.adoption && pairedBars(data.adoption.codes,
            ['dashboard.chart.provincial', data.adoption.PROVINCIAL], ['dashboard.chart.district', data.adoption.DISTRICT], percentAxis));

        draw('chart-trend', data.trend && data.trend.labels.length && {
            type: 'line',
            data: {
                labels: data.trend.labels,
                datasets: data.trend.codes.map(function (code, i) {
                    return {label: code + ' · ' + (labels[code] || ''), data: data.trend[code],
                        borderColor: COLOURS[i % COLOURS.length], backgroundColor: COLOURS[i % COLOURS.length],
                        pointStyle: POINTS[i % POINTS.length]};
                })
            },
            options: {scales: {y: percentAxis}}
        });

        draw('chart-targets', data.targets && data.targets.codes.length && pairedBars(data.targets.codes,
            ['dashboard.chart.actual', data.targets.actual], ['dashboard.chart.target', data.targets.target], {beginAtZero: true}));

        draw('chart-states', data.states && {
            type: 'doughnut',
            data: {
                labels: data.stateCodes.map(function (s) { return labels['dashboard.state.' + s]; }),
                datasets: [{data: data.states, backgroundColor: ['#BBBBBB', COLOURS[4], COLOURS[1], COLOURS[5], COLOURS[2]]}]
            },
            options: {plugins: {legend: {position: 'right'}}}
        });

        function nameOf(items) {
            var code = items[0].label;
            return code + (labels[code] ? ' · ' + labels[code] : '');
        }
    }

    function draw(id, config) {
        var canvas = document.getElementById(id);
        if (canvas && config) {
            new Chart(canvas, config);
            canvas.dataset.drawn = 'true';
        }
    }

    // Sortable tables: click a header button to sort by that column; click again to reverse.
    document.querySelectorAll('table.sortable').forEach(function (table) {
        table.querySelectorAll('thead button.sort').forEach(function (button, column) {
            button.addEventListener('click', function () {
                var th = button.closest('th');
                var ascending = th.getAttribute('aria-sort') !== 'ascending';
                table.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                var numeric = button.dataset.type === 'number';
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                    var x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
                    var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, document.documentElement.lang);
                    return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
            });
        });
    });

    var print = document.getElementById('print-button');
    if (print) {
        print.addEventListener('click', function () { window.print(); });
    }
})();
