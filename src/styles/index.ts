/** The element's styles, one sheet per concern; public through `--event-timeline-*` properties and parts. */
import { tokens } from './tokens.js';
import { categories } from './categories.js';
import { plot } from './plot.js';
import { chrome } from './chrome.js';
import { overview } from './overview.js';
import { details } from './details.js';
import { list } from './list.js';
import { children } from './children.js';
import { server } from './server.js';
import { vertical } from './vertical.js';
import { rtl } from './rtl.js';
import { media } from './media.js';
import { share } from './share.js';

export const styles = [tokens, plot, categories, chrome, overview, details, list, children, vertical, rtl, share, media, server];
