// The unit profile's chart: its indicators over the years, from #profile-data's data-charts attribute.
(function () {
    'use strict';
    var COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00'];
    var holder = document.getElementById('profile-data');
    var canvas = document.getElementById('chart-profile');
    if (!holder || !canvas || !window.Chart) {
        return;
    }
    var data = JSON.parse(holder.dataset.charts || '{}');
    var codes = data.codes || [];
    var percentCodes = data.percentCodes || [];
    new Chart(canvas, {
        type: 'line',
        data: {
            labels: data.years || [],
            datasets: codes.map(function (code, i) {
                return {label: code, data: data[code], borderColor: COLOURS[i], backgroundColor: COLOURS[i],
                    yAxisID: percentCodes.indexOf(code) >= 0 ? 'percent' : 'ratio'};
            })
        },
        options: {
            maintainAspectRatio: false, animation: false,
            scales: {percent: {position: 'left', beginAtZero: true, max: 100}, ratio: {position: 'right', beginAtZero: true, grid: {drawOnChartArea: false}}}
        }
    });
    canvas.dataset.drawn = 'true';
})();
