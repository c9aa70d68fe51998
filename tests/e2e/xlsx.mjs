// A minimal .xlsx writer for the tests (no npm package): one sheet of text cells (inline or shared strings),
// in a ZIP archive of stored entries. Excel, LibreOffice and calamine open it.
import zlib from 'node:zlib';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const letter = (i) => (i >= 26 ? letter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(0, 8); local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22); local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8); central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24); central.writeUInt16LE(fileName.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/**
 * The bytes of an .xlsx whose sheet `name` holds `rows` (arrays of text; row 1 first). With
 * `sharedStrings`, the cells point into a shared strings table (xl/sharedStrings.xml), as Excel
 * and our exporter write them; otherwise they are inline strings.
 */
export function xlsx(name, rows, { sharedStrings = false } = {}) {
  const strings = new Map();
  const cell = (c, ref) => {
    if (!sharedStrings) return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(c)}</t></is></c>`;
    if (!strings.has(c)) strings.set(c, strings.size);
    return `<c r="${ref}" t="s"><v>${strings.get(c)}</v></c>`;
  };
  const sheetRows = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((c, i) => c === '' ? '' :
    cell(c, `${letter(i)}${r + 1}`)).join('')}</row>`).join('');
  // The used area, as Excel declares it: the page shows the rows read of this many.
  const width = Math.max(1, ...rows.map((cells) => cells.length));
  const dimension = `<dimension ref="A1:${letter(width - 1)}${Math.max(1, rows.length)}"/>`;
  const shared = sharedStrings ? [[
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">${[...strings.keys()].map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
  ]] : [];
  const sharedType = sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '';
  const sharedRel = sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : '';
  return zip([
    ['[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sharedType}</Types>`],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'],
    ['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${esc(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${sharedRel}</Relationships>`],
    ['xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimension}<sheetData>${sheetRows}</sheetData></worksheet>`],
    ...shared,
  ]);
}

/** The columns of the editors' layout (docs/dataset.md §11). */
export const COLUMNS = ['id', 'date', 'end', 'category', 'level', 'anniversary', 'title_vi', 'title_en', 'summary_vi',
  'summary_en', 'place_vi', 'place_en', 'tags', 'reference_number', 'issuer_vi', 'issuer_en', 'source_document',
  'source_title', 'source_published', 'source_url', 'source_quote', 'note_vi', 'note_en'];

/** A dataset event as a row of the layout. */
export function eventRow(e) {
  const cell = {
    id: e.id, date: e.date, end: e.end, category: e.category, level: e.level,
    anniversary: e.anniversary === undefined ? '' : (e.anniversary ? 'TRUE' : 'FALSE'),
    title_vi: e.title?.vi, title_en: e.title?.en, summary_vi: e.summary?.vi, summary_en: e.summary?.en,
    place_vi: e.place?.vi, place_en: e.place?.en, tags: (e.tags ?? []).join('; '),
    reference_number: e.reference?.number, issuer_vi: e.reference?.issuer?.vi, issuer_en: e.reference?.issuer?.en,
    source_document: e.source?.document, source_title: e.source?.title, source_published: e.source?.published,
    source_url: e.source?.url, source_quote: e.source?.quote, note_vi: e.note?.vi, note_en: e.note?.en,
  };
  return COLUMNS.map((c) => cell[c] ?? '');
}
