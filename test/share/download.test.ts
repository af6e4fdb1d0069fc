/** The toolbar's Download control with real keys and pointer: the menu, its focus, axe, and the files it saves. */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { mount, sampleEvents, type TimelineHarness } from '../harness';
import { waitFor } from '../robustness/support';

const button = (t: TimelineHarness) => t.root.querySelector<HTMLButtonElement>('[part~="download"]')!;
const menu = (t: TimelineHarness) => t.root.querySelector<HTMLElement>('[part~="download-menu"]');
async function click(el: Element) {
  const box = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Captures what a click on a download link would save (the file name and the bytes). */
function captureDownloads(): { files: { name: string; blob: Promise<Blob> }[]; restore(): void } {
  const original = HTMLAnchorElement.prototype.click;
  const files: { name: string; blob: Promise<Blob> }[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) files.push({ name: this.download, blob: fetch(this.href).then((r) => r.blob()) });
    else original.call(this);
  };
  return { files, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

describe('the Download control', () => {
  it('opens a menu of SVG and PNG with the keyboard; arrows move, Escape closes and returns focus', async () => {
    const t = await mount({ width: 700, events: sampleEvents });
    expect(button(t).getAttribute('aria-expanded')).to.equal('false');
    button(t).focus();
    await sendKeys({ press: 'Enter' });
    await t.settle();
    expect(button(t).getAttribute('aria-expanded')).to.equal('true');
    const options = [...menu(t)!.querySelectorAll('button')];
    expect(options.map((o) => o.textContent)).to.deep.equal(['SVG image', 'PNG image']);
    expect(t.root.activeElement).to.equal(options[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(t.root.activeElement).to.equal(options[1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(t.root.activeElement).to.equal(options[0]);
    await expect(t.container).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await t.settle();
    expect(menu(t)).to.equal(null);
    expect(t.root.activeElement).to.equal(button(t));
    expect(t.el.selected, 'Escape in the menu does nothing else').to.equal(null);
  });

  it('closes when the pointer presses outside it, or the focus leaves it', async () => {
    const t = await mount({ width: 700, events: sampleEvents });
    await click(button(t));
    await t.settle();
    expect(menu(t)).to.not.equal(null);
    await sendMouse({ type: 'click', position: [5, 5] });
    await t.settle();
    expect(menu(t)).to.equal(null);
    await click(button(t));
    await t.settle();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await t.settle();
    expect(menu(t)).to.equal(null);
  });

  it('saves the SVG and the PNG named after the dataset title', async () => {
    const t = await mount({ width: 700, events: { title: 'A/B: "history" <of> things', events: sampleEvents } });
    const capture = captureDownloads();
    try {
      for (const format of ['svg', 'png']) {
        await click(button(t));
        await t.settle();
        await click(menu(t)!.querySelector(`[data-format="${format}"]`)!);
        await waitFor(() => capture.files.length === (format === 'svg' ? 1 : 2), `the ${format} download`);
        await waitFor(() => button(t).getAttribute('aria-busy') === 'false', 'the download done');
      }
    } finally {
      capture.restore();
    }
    expect(capture.files.map((f) => f.name)).to.deep.equal(['A-B-history-of-things.svg', 'A-B-history-of-things.png']);
    const svg = await (await capture.files[0].blob).text();
    expect(svg).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('A/B: "history" &lt;of&gt; things');
    const png = await capture.files[1].blob;
    expect(png.type).to.equal('image/png');
    expect((await createImageBitmap(png)).width).to.equal(1400);
    expect(t.root.activeElement, 'focus back on the button').to.equal(button(t));
  });

  it('is drawn in the words of the locale', async () => {
    const t = await mount({ width: 700, events: sampleEvents, locale: 'ko' });
    expect(button(t).textContent).to.equal('다운로드');
  });
});
