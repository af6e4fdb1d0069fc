import { expect } from '@open-wc/testing';
import { fromCSV, fromDelimited, fromTSV } from '../../src/formats/index.js';

/** The one event a single-row CSV produces. */
function onlyEvent(csv: string) {
  const { dataset, problems } = fromCSV(csv);
  expect(problems, JSON.stringify(problems)).to.deep.equal([]);
  expect(dataset.events).to.have.length(1);
  return dataset.events[0];
}

describe('fromCSV: columns', () => {
  it('reads every field from its plain column name', () => {
    const event = onlyEvent(
      'id,start,end,title,description,category,place,people,link,link label,display date\n' +
        'e1,1999-04,2000,Title,Desc,Cat,Paris,Ann;Bob,https://a.org,Read,spring 1999\n',
    );
    expect(event).to.deep.equal({
      id: 'e1', start: '1999-04', end: '2000', title: 'Title', description: 'Desc', category: 'Cat', place: 'Paris',
      people: ['Ann', 'Bob'], links: [{ href: 'https://a.org', label: 'Read' }], displayDate: 'spring 1999',
    });
  });

  const synonyms: [keyof ReturnType<typeof onlyEvent>, string[], string, unknown][] = [
    ['start', ['start', 'Start Date', 'start_date', 'DATE', 'From', ' begin '], '1999', '1999'],
    ['end', ['end', 'End Date', 'To', 'until'], '2001', '2001'],
    ['id', ['id', 'Unique ID', 'unique_id', 'UniqueId'], 'x1', 'x1'],
    ['title', ['title', 'Headline', 'Event', 'Name'], 'T', 'T'],
    ['description', ['description', 'Text', 'Details'], 'D', 'D'],
    ['category', ['category', 'Group', 'Type', 'Tag'], 'C', 'C'],
    ['place', ['place', 'Location'], 'L', 'L'],
    ['people', ['people', 'Persons', 'Who'], ' A ; B|C ', ['A', 'B', 'C']],
    ['links', ['link', 'URL', 'href'], 'https://u', [{ href: 'https://u' }]],
    ['displayDate', ['display date', 'Display_Date', 'display-date'], 'c. 1999', 'c. 1999'],
  ];
  for (const [key, headers, cell, expected] of synonyms) {
    it(`reads ${headers.map((h) => `"${h}"`).join(', ')} as ${key}`, () => {
      for (const header of headers) {
        const csv = key === 'start' ? `${header}\n${cell}` : `date,${header}\n1999,${cell}`;
        expect(onlyEvent(csv)[key], header).to.deep.equal(expected);
      }
    });
  }

  it('reads "importance" and "priority" as the importance, a number', () => {
    for (const header of ['importance', 'Priority', 'IMPORTANCE']) {
      for (const [cell, value] of [['3', 3], ['-1', -1], ['0.5', 0.5], ['+2', 2], ['1e3', 1000], ['.25', 0.25]] as const) {
        expect(onlyEvent(`date,${header}\n1999,${cell}`).importance, `${header}: ${cell}`).to.equal(value);
      }
    }
    expect(onlyEvent('date,importance\n1999,')).to.not.have.property('importance');
  });

  it('reports an importance that is not a number with its row and column, and keeps the row', () => {
    const { dataset, problems } = fromCSV('date,title,Priority\n1999,A,high\n2000,B,"2,5"\n2001,C,0x10');
    expect(dataset.events.map((e) => e.importance)).to.deep.equal([undefined, undefined, undefined]);
    expect(problems).to.deep.equal([
      { row: 2, field: 'Priority', message: 'importance "high" is not a number; ignored' },
      { row: 3, field: 'Priority', message: 'importance "2,5" is not a number; ignored' },
      { row: 4, field: 'Priority', message: 'importance "0x10" is not a number; ignored' },
    ]);
  });

  it('reads the first of two columns that mean the same, and reports the second', () => {
    const { dataset, problems } = fromCSV('date,Title,title,Start\n1999,first,second,2000');
    expect(dataset.events[0]).to.include({ start: '1999', title: 'first' });
    expect(problems.map((p) => [p.row, p.field])).to.deep.equal([[1, 'title'], [1, 'Start']]);
  });

  it('reports a missing start column once, listing the columns it found, and converts nothing', () => {
    const { dataset, problems } = fromCSV('1999,Moon landing\n2000,Other');
    expect(dataset.events).to.deep.equal([]);
    expect(problems).to.deep.equal([{
      row: 1,
      message: 'no start/date column found; expected a header row with a column named start or date (found: 1999, Moon landing)',
    }]);
  });
});

describe('fromCSV: the TimelineJS spreadsheet template', () => {
  const header =
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n';

  it('combines Year, Month, Day and Time at exactly the precision given', () => {
    const { dataset, problems } = fromCSV(
      header +
        '1999,,,,,,,,,year,,,,,,,,\n' +
        '1999,4,,,,,,,,month,,,,,,,,\n' +
        '1999,04,5,,2001,,,,,day,,,,,,,,\n' +
        '1999,Apr,5,10:30,1999,4,5,11:00:30,,minute,,,,,,,,\n' +
        '-44,3,15,,,,,,,ides,,,,,,,,\n',
    );
    expect(problems).to.deep.equal([]);
    expect(dataset.events.map((e) => [e.start, e.end ?? null])).to.deep.equal([
      ['1999', null], ['1999-04', null], ['1999-04-05', '2001'], ['1999-04-05T10:30', '1999-04-05T11:00:30'], ['-0044-03-15', null],
    ]);
  });

  it('takes the title row as the dataset title, era rows as eras, Group as category, Headline, Text and Display Date', () => {
    const { dataset } = fromCSV(
      header +
        ',,,,,,,,,Women in computing,<p>intro</p>,,,,,title,,\n' +
        '1939,,,,1945,,,,,The war,,,,,,era,,\n' +
        '1943,6,5,,,,,,summer 1943,<b>ENIAC</b>,Built &amp; run,https://m.org/x.jpg,,,,,Machines,\n',
    );
    expect(dataset.title).to.equal('Women in computing');
    expect(dataset.eras).to.deep.equal([{ start: '1939', end: '1945', title: 'The war' }]);
    expect(dataset.events).to.deep.equal([{
      id: '1943-06-05-eniac', start: '1943-06-05', title: 'ENIAC', description: 'Built & run', category: 'Machines',
      displayDate: 'summer 1943', links: [{ href: 'https://m.org/x.jpg', label: 'Media' }],
    }]);
  });

  it('reports an unusable part with its row and column and keeps the precision before it', () => {
    const { dataset, problems } = fromCSV(header + '1999,13,5,,,,,,,x,,,,,,,,\n1999,4,5,25:99,,,,,,y,,,,,,,,\n');
    expect(dataset.events.map((e) => e.start)).to.deep.equal(['1999', '1999-04-05']);
    expect(problems.map((p) => [p.row, p.field])).to.deep.equal([[2, 'Month'], [3, 'Time']]);
  });
});

describe('fromCSV: text handling', () => {
  it('ignores a UTF-8 byte order mark', () => {
    expect(onlyEvent('\uFEFFdate,title\n1999,x')).to.include({ start: '1999', title: 'x' });
  });

  it('reads \\r\\n and \\r line endings', () => {
    expect(fromCSV('date,title\r\n1999,a\r\n2000,b\r\n').dataset.events.map((e) => e.title)).to.deep.equal(['a', 'b']);
    expect(fromCSV('date,title\r1999,a\r2000,b').dataset.events.map((e) => e.title)).to.deep.equal(['a', 'b']);
  });

  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const event = onlyEvent('date,title,description\n1999,"Hello, ""world""","line one\nline two"');
    expect(event.title).to.equal('Hello, "world"');
    expect(event.description).to.equal('line one\nline two');
  });

  it('skips empty rows and trailing empty rows silently, and trims values', () => {
    const { dataset, problems } = fromCSV('date , title\n\n 1999 ,  a  \n,\n , \n2000,b\n\n\n');
    expect(problems).to.deep.equal([]);
    expect(dataset.events.map((e) => [e.start, e.title])).to.deep.equal([['1999', 'a'], ['2000', 'b']]);
  });

  it('reports a row without a start by its spreadsheet row number and skips it', () => {
    const { dataset, problems } = fromCSV('date,title\n1999,a\n"",b\n\n,c\n2000,"d\ne"\n,f');
    expect(dataset.events.map((e) => e.title)).to.deep.equal(['a', 'd\ne']);
    expect(problems).to.deep.equal([
      { row: 3, field: 'date', message: 'no start date; row skipped' },
      { row: 5, field: 'date', message: 'no start date; row skipped' },
      { row: 7, field: 'date', message: 'no start date; row skipped' },
    ]);
  });

  it('converts YYYY/MM/DD and YYYY/MM, and passes other dates through unchanged', () => {
    const { dataset } = fromCSV('date,end\n1999/04/05,1999/4\n  2019-04  ,\nApril 1999,');
    expect(dataset.events.map((e) => [e.start, e.end ?? null])).to.deep.equal([
      ['1999-04-05', '1999-04'], ['2019-04', null], ['April 1999', null],
    ]);
  });

  it('turns HTML in text into plain text and drops scripts', () => {
    const event = onlyEvent('date,text\n1999,"<p>Tom &amp; Jerry</p><script>alert(1)</script>"');
    expect(event.description).to.equal('Tom & Jerry');
  });

  it('reads TSV and any one-character delimiter', () => {
    expect(fromTSV('date\ttitle\n1999\ta, b').dataset.events[0].title).to.equal('a, b');
    expect(fromDelimited('date;title\n1999;x', ';').dataset.events[0].title).to.equal('x');
    expect(fromDelimited('date,title', 'ab').problems).to.have.length(1);
  });
});

describe('fromCSV: ids', () => {
  it('keeps given ids and makes the missing ones from start and title, numbered on a collision', () => {
    const { dataset } = fromCSV('id,date,title\n,1999-04,Moon landing!\nkept,1999,x\n,1999-04,Moon  landing\n,-0044-03-15,Ides of März\n,2000,');
    expect(dataset.events.map((e) => e.id)).to.deep.equal([
      '1999-04-moon-landing', 'kept', '1999-04-moon-landing-2', 'neg-0044-03-15-ides-of-marz', '2000',
    ]);
  });

  it('gives the same file the same ids every time', () => {
    const csv = 'date,title\n1999,a\n1999,a\n2000,b';
    expect(fromCSV(csv).dataset.events.map((e) => e.id)).to.deep.equal(fromCSV(csv).dataset.events.map((e) => e.id));
  });
});

describe('fromCSV: rows without a title, and origins', () => {
  it('takes a missing title from the description column, and reports it with the row', () => {
    const { dataset, problems } = fromCSV('date,title,Text\n1999,,"First line\nsecond line"');
    expect(dataset.events[0]).to.include({ title: 'First line', description: 'First line\nsecond line' });
    expect(problems).to.deep.equal([{ row: 2, field: 'title', message: 'no title; the title is taken from the Text column' }]);
  });

  it('names the spreadsheet row of each converted event, counting quoted newlines as one row', () => {
    const { origins } = fromCSV('date,title\n1999,"a\nb"\n\n,skipped\n2000,c\n');
    expect(origins).to.deep.equal([{ row: 2 }, { row: 5 }]);
  });
});
