import { expect } from '@open-wc/testing';
import { estimateTextWidth } from '../../src/interaction/text-metrics';
import { TextMeasurer } from '../../src/interaction/text-measure';
import '../../src/interaction/register-metrics';
import { DEFAULT_SERVER_STYLE } from '../../src/model/server-state';
import { messagesFor } from '../../src/messages';

/** The default font of labels, as the element sets it (13px and the default family). */
const FONT = `13px ${DEFAULT_SERVER_STYLE.fontFamily}`;

function canvasWidth(text: string, font = FONT): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = font;
  return context.measureText(text).width;
}

describe('the metrics table (text width where there is no canvas)', () => {
  let titles: string[] = [];
  before(async () => {
    const article = await (await fetch('/data/dprk-russia-2000-2023.json')).json();
    titles = article.events.map((e: { title: string }) => e.title);
  });

  it('errs wide for every character it knows, in the default font and the common fonts here', () => {
    const ranges = [[0x20, 0x7e], [0xa0, 0x17f], [0x370, 0x3ff], [0x400, 0x4ff], [0x2010, 0x205e], [0x20a0, 0x20bf]];
    const narrow: string[] = [];
    for (const font of [FONT, '13px "Liberation Sans"', '13px "DejaVu Sans"', '13px sans-serif']) {
      for (const [from, to] of ranges) {
        for (let code = from; code <= to; code++) {
          const ch = String.fromCodePoint(code);
          if (estimateTextWidth(ch, 13) < canvasWidth(ch, font)) narrow.push(`${font} U+${code.toString(16)}`);
        }
      }
    }
    expect(narrow).to.deep.equal([]);
  });

  it('errs wide for whole titles, the element’s words in en, ru and ko, and CJK text; by at most about a third', () => {
    const words = ['en', 'ru', 'ko'].flatMap((locale) => {
      const m = messagesFor(locale);
      return [m.listToggle, m.loading, m.empty, m.zoomIn, m.zoomOut, m.fit, m.timeline];
    });
    const texts = [...titles, ...words, '김정은 위원장 러시아 방문', '普京访问朝鲜', 'Ярослав Мудрый — «Русская правда»', 'WWWWW MMMMM', 'iiiii lllll', '19 July 2000 – 19 July 2023'];
    for (const text of texts) {
      const real = canvasWidth(text);
      const estimate = estimateTextWidth(text, 13);
      expect(estimate, text).to.be.at.least(real);
      if (/^[\x20-\x7e–]+$/.test(text) && text.length > 10) expect(estimate, text).to.be.below(real * 1.35);
    }
  });

  it('TextMeasurer measures with the table (once registered) when told to, and says so in its font', () => {
    const measurer = new TextMeasurer();
    measurer.setFont(FONT);
    const text = 'Kim Jong Un visits Russia';
    const canvas = measurer.measure(text);
    measurer.setMetrics('table');
    expect(measurer.font).to.equal(`table ${FONT}`);
    expect(measurer.measure(text)).to.equal(estimateTextWidth(text, 13));
    expect(measurer.measure(text)).to.be.greaterThan(canvas);
    measurer.setMetrics('chars');
    expect(measurer.measure(text)).to.equal(text.length * 8);
    measurer.setMetrics('canvas');
    expect(measurer.measure(text)).to.equal(canvas);
  });
});
