/** Gives the text measurer the metrics table (for server rendering and hydration; see text-measure.ts). */
import { TextMeasurer } from './text-measure.js';
import { estimateTextWidth } from './text-metrics.js';

TextMeasurer.table = estimateTextWidth;
