// Sizes shared by the layout (which wraps text and sizes boxes in Node) and the renderer (which draws
// them): one table, so a box is always as tall as the rows drawn in it.
export const MAP_METRICS = {
  nodeWidth: 248,
  pad: 9,
  titleHeight: 19,
  titleSize: 14,
  bandHeight: 22,
  textSize: 13,
  textLine: 17,
  maxTextLines: 3,
  endingHeight: 21,
  fileHeight: 16,
  fileSize: 11.5,
  terminalWidth: 96,
  terminalHeight: 34,
  labelSize: 12,
  labelLine: 15,
  labelWidth: 190,
  labelPad: 4,
  maxLabelLines: 3,
  clusterTitle: 22,
  /** Average glyph width as a share of the font size (a sans-serif, rounded up to be safe). */
  charWidth: 0.56,
  legendHeight: 64,
} as const;
