/**
 * The element's styles, one sheet per concern; public through `--event-timeline-*` properties and parts.
 * The sheets of the vertical layout, the details panel and the overview come with their modules
 * (view/vertical.ts, view/details.ts, view/overview.ts), as do those of other parts loaded on demand; a server writes them all (ssr.ts).
 */
import { tokens } from './tokens.js';
import { categories } from './categories.js';
import { plot } from './plot.js';
import { chrome } from './chrome.js';
import { list } from './list.js';
import { children } from './children.js';
import { server } from './server.js';
import { rtl } from './rtl.js';
import { media } from './media.js';
import { share } from './share.js';

export const styles = [tokens, plot, categories, chrome, list, children, rtl, share, media, server];
