/**
 * The element's children on the server: HTML parsed with parse5 (the HTML standard's parser, as
 * the browser parses the page) into the few node members the HTML mapping reads, so that the server
 * reads the same events from the same markup as the browser will.
 */
import { parseFragment } from 'parse5';
import { eventsFromHtml, type HtmlEvents, type HtmlNode } from '../model/from-html.js';

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
}

/** A parse5 node as an HtmlNode. */
function adapt(node: Parse5Node): HtmlNode {
  const element = node.tagName !== undefined;
  const kids = (node.childNodes ?? []).map(adapt);
  return {
    nodeType: element ? 1 : node.nodeName === '#text' ? 3 : node.nodeName === '#document-fragment' ? 11 : 8,
    localName: element ? node.tagName! : null,
    nodeValue: node.nodeName === '#text' ? (node.value ?? '') : null,
    childNodes: kids,
    getAttribute: (name: string) => node.attrs?.find((a) => a.name === name)?.value ?? null,
  };
}

/** The events written in `html`, the element's children. */
export function eventsFromMarkup(html: string): HtmlEvents {
  return eventsFromHtml(adapt(parseFragment(html) as unknown as Parse5Node));
}
