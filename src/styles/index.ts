/** The element's styles, one sheet per concern; public through `--event-timeline-*` properties and parts. */
import { tokens } from './tokens.js';
import { plot } from './plot.js';
import { chrome } from './chrome.js';
import { overview } from './overview.js';
import { details } from './details.js';
import { list } from './list.js';
import { vertical } from './vertical.js';
import { rtl } from './rtl.js';
import { media } from './media.js';
import { share } from './share.js';

export const styles = [tokens, plot, chrome, overview, details, list, vertical, rtl, share, media];
