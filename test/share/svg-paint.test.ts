import { expect } from '@open-wc/testing';
import { exportFileName, parsePaint, sourceLine } from '../../src/view/svg-paint';
import { messagesFor } from '../../src/messages';

describe('export helpers (pure)', () => {
  it('parsePaint reads computed colours as hex and opacity', () => {
    expect(parsePaint('rgb(31, 95, 191)')).to.deep.equal({ hex: '#1f5fbf', alpha: 1 });
    expect(parsePaint('rgba(0, 0, 0, 0.5)')).to.deep.equal({ hex: '#000000', alpha: 0.5 });
    expect(parsePaint('color(srgb 0.341176 0.376471 0.415686 / 0.06)')).to.deep.equal({ hex: '#57606a', alpha: 0.06 });
    expect(parsePaint('#ABCDEF'.toLowerCase())).to.deep.equal({ hex: '#abcdef', alpha: 1 });
  });

  it('parsePaint gives nothing for none, transparent and unknown colours', () => {
    for (const value of ['none', 'rgba(0, 0, 0, 0)', 'transparent', 'url(#x)', 'currentcolor', 'color(display-p3 1 0 0)']) {
      expect(parsePaint(value), value).to.equal(undefined);
    }
  });

  it('exportFileName keeps letters of every script and drops what file systems refuse', () => {
    expect(exportFileName('DPRK-Russia relations, 2000-2023', 'svg')).to.equal('DPRK-Russia-relations,-2000-2023.svg');
    expect(exportFileName('../../etc/passwd', 'png')).to.equal('etc-passwd.png');
    expect(exportFileName('조선 – 러시아: 관계?', 'svg')).to.equal('조선-–-러시아-관계.svg');
    expect(exportFileName('<script>a</script>', 'svg')).to.equal('script-a-script.svg');
    expect(exportFileName('\u200b\u202e', 'svg')).to.equal('timeline.svg');
    expect(exportFileName(undefined, 'png')).to.equal('timeline.png');
    expect(exportFileName('con', 'svg')).to.equal('con-timeline.svg');
    expect([...exportFileName('ж'.repeat(300), 'svg')].length).to.equal(84);
  });

  it('sourceLine names the source, its publisher and its date at its precision', () => {
    const m = messagesFor('en');
    expect(sourceLine({ title: 'Traditional friendship grows', date: '2023-07-19' }, m, 'en-GB')).to.equal('Source: “Traditional friendship grows”, 19 July 2023');
    expect(sourceLine({ publisher: 'KCNA', date: 'summer 2023' }, m, 'en-GB')).to.equal('Source: KCNA, summer 2023');
    expect(sourceLine(undefined, m, 'en-GB')).to.equal('');
  });
});
