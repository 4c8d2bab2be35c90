/*
 * The planners' charts, drawn in the browser with ECharts from the JSON each chart element
 * carries in data-chart (built by org.welcomedesk.statistics.web.ChartData). No inline script
 * (the pages' Content-Security-Policy allows scripts from this origin only) and no tile server:
 * the map is the district boundaries alone. A withheld count is null: the chart leaves a gap,
 * and the table beside the chart says "fewer than k". Right-to-left pages mirror the axes.
 */
(function () {
    'use strict';

    var NET_COLOURS = ['#b2182b', '#f4a582', '#f7f7f7', '#92c5de', '#2166ac'];
    var COUNT_COLOURS = ['#e0ecf4', '#9ebcda', '#8856a7', '#4d004b'];

    function legend(rtl) {
        return rtl ? {top: 0, right: 0} : {top: 0, left: 0};
    }

    function grid() {
        return {containLabel: true, left: 8, right: 8, top: 40, bottom: 8};
    }

    function line(data) {
        return {
            tooltip: {trigger: 'axis'},
            legend: legend(data.rtl),
            grid: grid(),
            xAxis: {type: 'category', data: data.categories, inverse: data.rtl},
            yAxis: {type: 'value', position: data.rtl ? 'right' : 'left'},
            series: data.series.map(function (s) {
                return {name: s.name, type: 'line', data: s.values, connectNulls: false, symbolSize: 5};
            })
        };
    }

    function bars(data) {
        return {
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
            legend: legend(data.rtl),
            grid: grid(),
            xAxis: {type: 'value', inverse: data.rtl},
            yAxis: {type: 'category', data: data.categories, inverse: true, position: data.rtl ? 'right' : 'left'},
            series: data.series.map(function (s) {
                return {name: s.name, type: 'bar', data: s.values};
            })
        };
    }

    function pyramid(data) {
        var magnitude = function (v) { return v === null ? '' : Math.abs(v); };
        return {
            tooltip: {
                trigger: 'axis', axisPointer: {type: 'shadow'},
                valueFormatter: magnitude
            },
            legend: legend(data.rtl),
            grid: grid(),
            xAxis: {type: 'value', inverse: data.rtl, axisLabel: {formatter: magnitude}},
            yAxis: {type: 'category', data: data.categories, position: data.rtl ? 'right' : 'left'},
            series: data.series.map(function (s, i) {
                return {
                    name: s.name, type: 'bar', stack: 'pyramid', barCategoryGap: '10%',
                    // the first sex is drawn to the start side, the second to the end side
                    data: s.values.map(function (v) { return v === null ? null : (i === 0 ? -v : v); })
                };
            })
        };
    }

    function map(data, element) {
        var name = 'districts-' + (element.id || 'map');
        var names = {};
        data.areas.forEach(function (a) { names[a.code] = a.name; });
        // the boundaries are matched to figures by district code
        data.boundaries.features.forEach(function (f) { f.properties.name = f.properties.code; });
        echarts.registerMap(name, data.boundaries);
        var values = data.areas.map(function (a) { return a.value; }).filter(function (v) { return v !== null; });
        var net = values.some(function (v) { return v < 0; });
        var largest = values.length ? Math.max.apply(null, values.map(Math.abs)) : 1;
        return {
            tooltip: {
                trigger: 'item',
                formatter: function (p) {
                    var shown = (p.value === undefined || p.value === null || isNaN(p.value)) ? '–' : p.value;
                    return (names[p.name] || p.name) + ': ' + shown;
                }
            },
            visualMap: {
                type: 'continuous', text: [data.measure, ''], calculable: false,
                min: net ? -largest : 0, max: largest || 1,
                inRange: {color: net ? NET_COLOURS : COUNT_COLOURS},
                left: data.rtl ? 'right' : 'left', bottom: 0
            },
            series: [{
                type: 'map', map: name, roam: false, aspectScale: 0.75,
                label: {show: true, formatter: '{b}'},
                itemStyle: {areaColor: '#d9d9d9', borderColor: '#ffffff', borderWidth: 1},
                emphasis: {label: {show: true}},
                data: data.areas.map(function (a) { return {name: a.code, value: a.value}; })
            }]
        };
    }

    var KINDS = {line: line, bar: bars, pyramid: pyramid, map: map};

    function draw(element) {
        var data = JSON.parse(element.getAttribute('data-chart'));
        var kind = KINDS[data.type];
        if (!kind) {
            return;
        }
        var chart = echarts.init(element, null, {renderer: 'canvas'});
        chart.setOption(kind(data, element));
        element.setAttribute('data-drawn', 'true');
        window.addEventListener('resize', function () { chart.resize(); });
    }

    function drawAll() {
        document.querySelectorAll('[data-chart]').forEach(draw);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
}());
