/**
 * Emulated media features the stock `emulateMedia` command cannot set on Chromium through
 * puppeteer (it knows prefers-color-scheme and prefers-reduced-motion only), sent through the
 * Chrome DevTools Protocol:
 *   executeServerCommand('cdp-media', { features: [{ name: 'forced-colors', value: 'active' }] })
 *   executeServerCommand('cdp-media', { features: [] })   (back to the real values)
 */
export function mediaPlugin() {
  const clients = new Map();
  return {
    name: 'event-timeline-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp-media') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = clients.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        clients.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
      return true;
    },
  };
}
