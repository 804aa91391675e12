/**
 * Inputs for the redactor benchmark: realistic text and text built to make a scanner work as hard as
 * it can (long digit runs, chains of digit groups, a near miss at every group, characters that must be
 * normalised), each cut to the same length.
 */
export interface BenchText {
  readonly name: string;
  readonly text: string;
}

/** The length of every input, in UTF-16 code units (≥ 100 kB in UTF-8 for every input). */
export const TEXT_LENGTH = 100_000;

const VALID = '01018010018';
/** 11 digits that fail the check digits: every candidate built from them is read and rejected. */
const NEAR_MISS = '01018010019';

function filled(pattern: string): string {
  const repeated = pattern.repeat(Math.ceil(TEXT_LENGTH / pattern.length));
  // Never cut a surrogate pair in half.
  const end = /[\ud800-\udbff]/.test(repeated[TEXT_LENGTH - 1] ?? '') ? TEXT_LENGTH - 1 : TEXT_LENGTH;
  return repeated.slice(0, end);
}

const inScript = (zero: number, text: string) =>
  text.replace(/[0-9]/g, (digit) => String.fromCodePoint(zero + Number(digit)));

/** `01 01 80 100 19 `: any five consecutive groups hold 11 digits, so every group starts a candidate. */
const spacedNearMiss = (separator: string) => `${['01', '01', '80', '100', '19'].join(separator)}${separator}`;

export function benchTexts(): BenchText[] {
  const report =
    'Pasienten (fnr 010180 100 18) fikk feil dose etter synk mot SFM 01.01.2024 kl. 10.15. ' +
    'Ring 22 33 44 55 eller +47 12345678, orgnr 123 456 785, ReseptID 123456789012345. ' +
    `Også ${inScript(0xff10, '010180')}－${inScript(0xff10, '10018')} og 0101\u200b80\u00ad10018 i notatet.\r\n`;
  return [
    { name: 'Report text with numbers of every kind', text: filled(report) },
    { name: 'One run of 100,000 digits', text: filled('0') },
    { name: 'One-digit groups: `1 1 1 1 …`', text: filled('1 ') },
    { name: 'Two-digit groups: `12 12 12 …`', text: filled('12 ') },
    { name: 'Near miss at every group: `01 01 80 100 19 …`', text: filled(spacedNearMiss(' ')) },
    {
      name: 'Near miss at every group, 6+5: `010180-10019 …`',
      text: filled(`${NEAR_MISS.slice(0, 6)}-${NEAR_MISS.slice(6)} `),
    },
    { name: 'Near misses three separators apart: `01 / 01 / 80 …`', text: filled(spacedNearMiss(' / ')) },
    {
      name: 'Near misses in fullwidth digits and ideographic spaces',
      text: filled(inScript(0xff10, spacedNearMiss('\u3000'))),
    },
    { name: 'Near misses in Arabic-Indic digits', text: filled(inScript(0x0660, spacedNearMiss(' '))) },
    {
      name: 'Near misses in mathematical digits (surrogate pairs)',
      text: filled(inScript(0x1d7ce, spacedNearMiss(' '))),
    },
    {
      name: 'Near misses with invisible characters in every group',
      text: filled(spacedNearMiss('\u200b \u00ad').replace(/(\d)(\d)/g, '$1\u2060$2')),
    },
    { name: 'Valid numbers back to back: `01018010018 …`', text: filled(`${VALID} `) },
    { name: 'Japanese text and emoji, no digits', text: filled('患者の番号を確認してください。😀') },
  ];
}
