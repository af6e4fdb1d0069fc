/**
 * The page's accessibility tree as Chromium exposes it to screen readers (DevTools protocol,
 * Accessibility.getFullAXTree): what is read, with the nodes the browser ignores left out.
 *   executeServerCommand('cdp-ax-tree') → [{ role, name, depth }] in tree order
 */
export function axPlugin() {
  return {
    name: 'event-timeline-ax',
    async executeCommand({ command, session }) {
      if (command !== 'cdp-ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const out = [];
        const walk = (node, depth) => {
          if (!node) return;
          const shown = !node.ignored;
          if (shown) out.push({ role: node.role?.value ?? '', name: node.name?.value ?? '', depth });
          for (const child of node.childIds ?? []) walk(byId.get(child), shown ? depth + 1 : depth);
        };
        walk(nodes[0], 0);
        return out;
      } finally {
        await cdp.detach();
      }
    },
  };
}
