import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/formats/html-text.js';

describe('htmlToText', () => {
  it('strips tags and keeps their text', () => {
    expect(htmlToText('Take <a href="https://x.org/?a=1&b=2" title="a>b">Ada</a> <b>Lovelace</b>')).to.equal('Take Ada Lovelace');
  });

  it('removes script and style elements with their content', () => {
    expect(htmlToText('a<script>alert(1)</script>b<STYLE type="text/css">p{color:red}</STYLE>c')).to.equal('abc');
    expect(htmlToText('safe<script>alert(1)')).to.equal('safe');
  });

  it('decodes named, decimal and hexadecimal character references', () => {
    expect(htmlToText('Tom &amp; Jerry &lt;3 &quot;x&quot; &eacute;t&eacute; &#8212; &#x2019; &hellip;')).to.equal('Tom & Jerry <3 "x" été — ’ …');
  });

  it('keeps unknown references and a lone ampersand as written', () => {
    expect(htmlToText('AT&T &bogus; fish & chips')).to.equal('AT&T &bogus; fish & chips');
  });

  it('turns <br> and paragraph boundaries into newlines and collapses other whitespace', () => {
    expect(htmlToText('<p>one\n   two</p><p>three<br>four<br/>  </p>')).to.equal('one two\nthree\nfour');
  });

  it('removes comments and keeps a "<" that starts no tag', () => {
    expect(htmlToText('1 <!-- hidden --> < 2 and a<b')).to.equal('1 < 2 and a<b');
  });

  it('maps numeric references to invalid code points to U+FFFD', () => {
    expect(htmlToText('&#0;&#xD800;&#x110000;')).to.equal('\ufffd\ufffd\ufffd');
  });

  it('decodes &nbsp; to a space that collapses with its neighbours', () => {
    expect(htmlToText('a&nbsp; &nbsp;b')).to.equal('a b');
  });
});
