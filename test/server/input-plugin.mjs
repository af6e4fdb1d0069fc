/**
 * Real input the stock commands lack, sent through the Chrome DevTools Protocol so the browser
 * handles it as it handles a user's: wheel events with modifier keys, and multi-finger touch.
 *   executeServerCommand('cdp-wheel', { x, y, deltaX, deltaY, ctrlKey })
 *   executeServerCommand('cdp-touch', { type: 'touchStart' | 'touchMove' | 'touchEnd', points: [{ x, y }] })
 *   executeServerCommand('cdp-touch-emulation', { enabled })  (a page with touch, as on a phone)
 *   executeServerCommand('cdp-dblclick', { x, y })
 */
export function inputPlugin() {
  const clients = new Map();
  async function client(session) {
    const page = session.browser.getPage(session.id);
    let cdp = clients.get(page);
    if (!cdp) {
      cdp = await page.createCDPSession();
      clients.set(page, cdp);
    }
    return cdp;
  }
  return {
    name: 'event-timeline-input',
    async executeCommand({ command, payload, session }) {
      if (command === 'cdp-wheel') {
        const cdp = await client(session);
        await cdp.send('Input.dispatchMouseEvent', {
          type: 'mouseWheel',
          x: payload.x,
          y: payload.y,
          deltaX: payload.deltaX ?? 0,
          deltaY: payload.deltaY ?? 0,
          modifiers: payload.ctrlKey ? 2 : 0,
        });
        return true;
      }
      if (command === 'cdp-touch-emulation') {
        const cdp = await client(session);
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: payload.enabled, maxTouchPoints: 5 });
        return true;
      }
      if (command === 'cdp-dblclick') {
        const cdp = await client(session);
        for (const clickCount of [1, 2]) {
          for (const type of ['mousePressed', 'mouseReleased'])
            await cdp.send('Input.dispatchMouseEvent', { type, x: payload.x, y: payload.y, button: 'left', buttons: type === 'mousePressed' ? 1 : 0, clickCount });
        }
        return true;
      }
      if (command === 'cdp-touch') {
        const cdp = await client(session);
        await cdp.send('Input.dispatchTouchEvent', {
          type: payload.type,
          touchPoints: (payload.points ?? []).map((p, id) => ({ x: p.x, y: p.y, id })),
        });
        return true;
      }
      return undefined;
    },
  };
}
