/**
 * The chart's stylesheet, shared by the standalone HTML page and the VS Code
 * webview (which imports only this file). It gives colours through CSS variables
 * that the page or the editor theme sets: `--vcase-chart-patient` for the
 * patients' lines and `--vcase-chart-mean` for the mean; without them the chart
 * uses the text colour.
 */
export const CHART_CSS = `
.vc-chart-row { display: flex; flex-wrap: wrap; gap: 16px 32px; margin-bottom: 16px; }
figure.vc-chart { margin: 0; break-inside: avoid; }
figure.vc-chart figcaption { font-size: 0.9em; max-width: 360px; }
.vc-chart-svg { max-width: 100%; height: auto; overflow: visible; }
.vc-chart-svg .vc-patients, .vc-chart-svg .vc-key-patient { stroke: var(--vcase-chart-patient, currentColor); }
.vc-chart-svg .vc-mean, .vc-chart-svg .vc-key-mean { stroke: var(--vcase-chart-mean, currentColor); }
.vc-chart-svg .vc-mean-labels { fill: var(--vcase-chart-mean, currentColor); }
`;

