/**
 * The chart's stylesheet, shared by the standalone HTML page and the VS Code
 * webview (which imports only this file). Each panel keeps its drawn size (340 ×
 * 360 units) and the panels wrap into as many rows as the width needs: in a
 * narrow column they stack, one per row, and a column narrower than one panel
 * scrolls sideways rather than shrinking the text. Colours come through CSS
 * variables that the page or the editor theme sets: `--vcase-chart-patient` for
 * the patients' lines and `--vcase-chart-mean` for the mean; without them the
 * chart uses the text colour.
 */
export const CHART_CSS = `
.charts { overflow-x: auto; }
.vc-chart-row { display: flex; flex-wrap: wrap; gap: 16px 32px; margin-bottom: 16px; }
figure.vc-chart { margin: 0; break-inside: avoid; flex: 0 0 auto; width: 340px; }
figure.vc-chart figcaption { font-size: 0.9em; }
.vc-chart-svg { width: 340px; min-width: 340px; height: auto; overflow: visible; }
.vc-chart-svg .vc-patients, .vc-chart-svg .vc-key-patient { stroke: var(--vcase-chart-patient, currentColor); }
.vc-chart-svg .vc-patient:hover { stroke-opacity: 1; stroke: var(--vcase-chart-mean, currentColor); }
.vc-chart-svg .vc-mean, .vc-chart-svg .vc-key-mean { stroke: var(--vcase-chart-mean, currentColor); fill: var(--vcase-chart-mean, currentColor); }
`;
