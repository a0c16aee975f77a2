// CSV as site offices exchange it: Excel's "CSV UTF-8" (with a BOM), plain UTF-8, or GB18030 (what
// Excel on a Chinese Windows writes by default); Excel's "Unicode text" (UTF-16, tabs) too.

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The text of a CSV file: UTF-16 or UTF-8 when a BOM says so, UTF-8 when the bytes are valid
 * UTF-8, else GB18030 (a superset of GBK and GB2312). Node's full ICU decodes GB18030 without a
 * native module.
 * @example decodeCsv(Buffer.from([0xb4, 0xe4, 0xba, 0xfe])) // '翠湖'
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The delimiter of a CSV text: a comma unless its first line has more tabs or semicolons. */
function delimiterOf(text: string): string {
  const line = text.slice(0, text.search(/\r|\n|$/));
  const count = (c: string) => line.split(c).length - 1;
  return ['\t', ';'].find((c) => count(c) > count(',')) ?? ',';
}

/**
 * Reads CSV into rows of cells (RFC 4180: quoted cells may hold the delimiter, quotes doubled and
 * line breaks; lines end in CRLF, LF or CR). A trailing empty line is no row.
 * @example parseCsv('a,"b,""c"""\r\n1,2') // [['a', 'b,"c"'], ['1', '2']]
 */
export function parseCsv(text: string): string[][] {
  const delimiter = delimiterOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    i += 1;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) endCell();
    else if (c === '\r' || c === '\n') {
      endRow();
      if (c === '\r' && text[i] === '\n') i += 1;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0 || quoted) endRow();
  return rows;
}

// A cell a spreadsheet would run as a formula (CSV injection): = + - @, and tab or CR before them.
const FORMULA = /^[=+\-@\t\r]/;

/**
 * Writes rows as CSV (comma, CRLF, quotes where needed). A cell that a spreadsheet would take for
 * a formula gets a leading apostrophe, so opening an export never runs what a customer's name says.
 * @example writeCsv([['=1+1', 'a,b']]) // "'=1+1,\"a,b\"\r\n"
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => quote(neutralise(cell))).join(',')).join('\r\n') + '\r\n';
}

/** A cell with an apostrophe before a formula's first character. */
export function neutralise(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before `neutralise` (an export read back). */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
