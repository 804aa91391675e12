import fc from 'fast-check';
import { decodeCsvBytes, guardFormula, parseCsv, unguardFormula, UTF8_BOM, writeCsv, type CsvRecord } from './csv';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);
const cellsOf = (records: CsvRecord[]) => records.map((record) => record.cells);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with a byte order mark, without the mark', () => {
    expect(decodeCsvBytes(utf8(`${UTF8_BOM}Navn;Tilhører\r\nÆrø;Målselv`))).toEqual({
      text: 'Navn;Tilhører\r\nÆrø;Målselv',
      encoding: 'utf-8',
    });
  });

  it('reads a byte order mark alone as an empty UTF-8 text', () => {
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf))).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('keeps a file with a byte order mark UTF-8 even when a byte in it is broken', () => {
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, 0x61, 0xe6, 0x62))).toEqual({ text: 'a\uFFFDb', encoding: 'utf-8' });
  });

  it('reads valid UTF-8 without a byte order mark as UTF-8', () => {
    expect(decodeCsvBytes(utf8('Øygarden;Vågan;Sør-Varanger – €'))).toEqual({
      text: 'Øygarden;Vågan;Sør-Varanger – €',
      encoding: 'utf-8',
    });
  });

  it('reads plain ASCII and an empty file as UTF-8', () => {
    expect(decodeCsvBytes(utf8('ID;Navn'))).toEqual({ text: 'ID;Navn', encoding: 'utf-8' });
    expect(decodeCsvBytes(bytes())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('reads æøå ÆØÅ as single bytes as Windows-1252, as Excel writes them on Norwegian Windows', () => {
    expect(decodeCsvBytes(bytes(0xe6, 0xf8, 0xe5, 0x20, 0xc6, 0xd8, 0xc5))).toEqual({
      text: 'æøå ÆØÅ',
      encoding: 'windows-1252',
    });
  });

  it('reads the Windows-1252 signs at 0x80 to 0x9f, where Latin-1 has control characters', () => {
    // € – “ ” š Ÿ, and the dash in "Norsk helsenett – kundesenter"
    const { text } = decodeCsvBytes(bytes(0x80, 0x96, 0x93, 0x94, 0x9a, 0x9f, 0xe5));
    expect(text).toBe('€–“”šŸå');
  });

  it('reads a file whose UTF-8 is cut off in the middle of a character as Windows-1252', () => {
    expect(decodeCsvBytes(bytes(0x61, 0x62, 0xc3))).toEqual({ text: 'abÃ', encoding: 'windows-1252' });
  });
});

describe('parseCsv', () => {
  describe('the delimiter', () => {
    it('is ; by default, as Excel writes it in Norway', () => {
      expect(cellsOf(parseCsv('a;b,c\r\n1;2,3'))).toEqual([
        ['a', 'b,c'],
        ['1', '2,3'],
      ]);
    });

    it('is , when the heading line has no ;', () => {
      expect(cellsOf(parseCsv('a,b\n1;x,2'))).toEqual([
        ['a', 'b'],
        ['1;x', '2'],
      ]);
    });

    it('is tab when the heading line has no ; and more tabs than commas', () => {
      expect(cellsOf(parseCsv('a\tb,c\td\n1\t2,3\t4'))).toEqual([
        ['a', 'b,c', 'd'],
        ['1', '2,3', '4'],
      ]);
    });

    it('is , when the heading line has more commas than tabs', () => {
      expect(cellsOf(parseCsv('a,b\tc,d\n1,2'))).toEqual([
        ['a', 'b\tc', 'd'],
        ['1', '2'],
      ]);
    });

    it('is ; for a single column, whatever the rows below hold', () => {
      expect(cellsOf(parseCsv('Navn\nBodø, Saltdal'))).toEqual([['Navn'], ['Bodø, Saltdal']]);
    });

    it('is looked for only outside quotes in the heading line', () => {
      expect(cellsOf(parseCsv('"a;b",c\n1,2'))).toEqual([
        ['a;b', 'c'],
        ['1', '2'],
      ]);
      expect(cellsOf(parseCsv('"a\n;b",c\n1,2'))).toEqual([
        ['a\n;b', 'c'],
        ['1', '2'],
      ]);
    });
  });

  describe('quoted fields', () => {
    it('hold the delimiter, "" for a quote, and line ends of every kind', () => {
      const text = 'a;b\r\n"x;y";"say ""hei"""\r\n"line\r\nbreak";"lf\nand\rcr"\r\n';
      expect(cellsOf(parseCsv(text))).toEqual([
        ['a', 'b'],
        ['x;y', 'say "hei"'],
        ['line\r\nbreak', 'lf\nand\rcr'],
      ]);
    });

    it('may be empty', () => {
      expect(cellsOf(parseCsv('a;b;c\n"";x;""'))).toEqual([
        ['a', 'b', 'c'],
        ['', 'x', ''],
      ]);
    });

    it('keep text after the closing quote, and a quote inside an unquoted field is text, as in Excel', () => {
      expect(cellsOf(parseCsv('a;b\n"Apotek" 1;5" skjerm'))).toEqual([
        ['a', 'b'],
        ['Apotek 1', '5" skjerm'],
      ]);
    });

    it('refuse a quote that is never closed, naming the record it opens in', () => {
      expect(() => parseCsv('a;b\n1;2\n3;"open\n4;5\n')).toThrow(
        expect.objectContaining({ name: 'CsvSyntaxError', line: 3, message: 'has a quote (") that is never closed' }),
      );
    });
  });

  describe('records', () => {
    it.each([
      ['CRLF', '\r\n'],
      ['LF', '\n'],
      ['CR', '\r'],
    ])('end at %s', (_name, end) => {
      expect(parseCsv(['a;b', '1;2', '3;4'].join(end))).toEqual([
        { cells: ['a', 'b'], line: 1 },
        { cells: ['1', '2'], line: 2 },
        { cells: ['3', '4'], line: 3 },
      ]);
    });

    it('end at mixed line ends in one file', () => {
      expect(cellsOf(parseCsv('a\r\nb\nc\rd'))).toEqual([['a'], ['b'], ['c'], ['d']]);
    });

    it('ignore the empty line after a last line end', () => {
      expect(parseCsv('a;b\r\n1;2\r\n')).toEqual([
        { cells: ['a', 'b'], line: 1 },
        { cells: ['1', '2'], line: 2 },
      ]);
    });

    it('keep an empty last cell after a trailing delimiter', () => {
      expect(cellsOf(parseCsv('a;b;\n1;;'))).toEqual([
        ['a', 'b', ''],
        ['1', '', ''],
      ]);
    });

    it('leave out records that are all blank, and keep counting them', () => {
      const text = 'a;b\r\n\r\n1;2\r\n;\r\n  ; \r\n"";""\r\n3;4\r\n\r\n\r\n';
      expect(parseCsv(text)).toEqual([
        { cells: ['a', 'b'], line: 1 },
        { cells: ['1', '2'], line: 3 },
        { cells: ['3', '4'], line: 7 },
      ]);
    });

    it('count a record with line ends inside quotes once: the row Excel shows it on', () => {
      expect(parseCsv('a;b\n"two\nlines";x\n"three\r\nli\rnes";y\nlast;z')).toEqual([
        { cells: ['a', 'b'], line: 1 },
        { cells: ['two\nlines', 'x'], line: 2 },
        { cells: ['three\r\nli\rnes', 'y'], line: 3 },
        { cells: ['last', 'z'], line: 4 },
      ]);
    });

    it('keep the cells as they are: trimming is for the reader', () => {
      expect(cellsOf(parseCsv(' a ; b \n 1 ;2'))).toEqual([
        [' a ', ' b '],
        [' 1 ', '2'],
      ]);
    });

    it('may differ in length', () => {
      expect(cellsOf(parseCsv('a;b;c\n1\n1;2;3;4'))).toEqual([['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]);
    });
  });

  it('gives no records for an empty text or blank lines only', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\r\n\r\n;;\r\n')).toEqual([]);
  });

  it('drops a byte order mark left at the start of the text', () => {
    expect(parseCsv(`${UTF8_BOM}Oppføring;ID`)).toEqual([{ cells: ['Oppføring', 'ID'], line: 1 }]);
  });
});

describe('writeCsv', () => {
  it('writes ; between fields and CRLF after every record', () => {
    expect(
      writeCsv([
        ['a', 'b'],
        ['1', ''],
      ]),
    ).toBe('a;b\r\n1;\r\n');
  });

  it('quotes a field only when it holds ;, ", CR or LF', () => {
    expect(writeCsv([['x;y', 'say "hei"', 'a\nb', 'a\rb', 'a, b', ' space ', 'tab\there', 'æøå', "'=1"]])).toBe(
      `"x;y";"say ""hei""";"a\nb";"a\rb";a, b; space ;tab\there;æøå;'=1\r\n`,
    );
  });

  it('writes nothing for no rows', () => {
    expect(writeCsv([])).toBe('');
  });

  it('writes what parseCsv reads back as it was', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Ø', ' ', ';', ',', '\t', '"', '\r', '\n', "'", '=') });
    // At least two cells a row, so that the heading line holds a ;, and no row all blank (those are skipped).
    const row = fc.array(cell, { minLength: 2, maxLength: 5 }).filter((cells) => cells.some((c) => c.trim() !== ''));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), (rows) => {
        expect(cellsOf(parseCsv(writeCsv(rows)))).toEqual(rows);
      }),
    );
  });
});

describe('guardFormula', () => {
  it.each([
    '=SUM(A1:A2)',
    '+47 22 00 00 00',
    '-5',
    '@user',
    '\tx',
    '\rx',
    ' =1',
    '\u00a0=1',
    '＝1',
    '＋1',
    '－1',
    '＠x',
  ])('puts an apostrophe before %j, which a spreadsheet could run as a formula', (text) => {
    expect(guardFormula(text)).toBe(`'${text}`);
  });

  it.each(['', 'Bodø legevakt', '974123002', 'a=b', 'post@example.no', "'quoted", "Rock'n'roll"])(
    'leaves %j as it is',
    (text) => {
      expect(guardFormula(text)).toBe(text);
    },
  );

  it('adds one more apostrophe to a text that already has one before a formula sign', () => {
    expect(guardFormula("'=1")).toBe("''=1");
    expect(guardFormula("''+1")).toBe("'''+1");
  });
});

describe('unguardFormula', () => {
  it('takes off the apostrophe guardFormula put on', () => {
    expect(unguardFormula("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unguardFormula("''=1")).toBe("'=1");
    expect(unguardFormula("' =1")).toBe(' =1');
  });

  it('leaves an apostrophe before anything else, and text without one', () => {
    expect(unguardFormula("'quoted")).toBe("'quoted");
    expect(unguardFormula("'")).toBe("'");
    expect(unguardFormula('=typed by hand')).toBe('=typed by hand');
  });

  it('undoes guardFormula for any text', () => {
    const text = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', ' ', '\t', '\r', 'a', '＝') });
    fc.assert(fc.property(text, (value) => unguardFormula(guardFormula(value)) === value));
    fc.assert(fc.property(fc.string(), (value) => unguardFormula(guardFormula(value)) === value));
  });
});
