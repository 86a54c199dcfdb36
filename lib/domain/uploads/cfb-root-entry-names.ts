// Reads the names of the top-level streams and storages of an OLE compound
// file (CFB: the container of .doc/.xls/.ppt and of WPS's .wps/.et/.dps).
// Only the top level counts: a Word file with an embedded spreadsheet holds a
// "Workbook" stream too, but one level down. Every offset and chain length is
// bounded, so a malformed file ends the walk instead of looping.
const END_OF_CHAIN = 0xfffffffe;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;

const NAME_DECODER = new TextDecoder("utf-16le");

type TCfb = { view: DataView; sectorSize: number; fatSectors: number[] };

export function cfbRootEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 512) return null;
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const cfb: TCfb = { view, sectorSize: 1 << sectorShift, fatSectors: [] };
  cfb.fatSectors = readFatSectorList(cfb);
  const directory = readChain(cfb, view.getUint32(0x30, true));
  if (directory.length === 0) return null;
  const entries = directory.flatMap((sector) => entriesOfSector(cfb, sector));
  const root = entries[0];
  if (!root || root.type !== 5) return null;
  return walkSiblings(entries, root.child).map((entry) => entry.name);
}

/** The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors. */
function readFatSectorList(cfb: TCfb): number[] {
  const { view, sectorSize } = cfb;
  const count = view.getUint32(0x2c, true);
  const list: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && list.length < count; i++) list.push(view.getUint32(0x4c + i * 4, true));
  let difatSector = view.getUint32(0x44, true);
  const perSector = sectorSize / 4 - 1;
  for (let hops = 0; list.length < count && difatSector < END_OF_CHAIN && hops < 10_000; hops++) {
    const offset = sectorOffset(cfb, difatSector);
    if (offset === null) break;
    for (let i = 0; i < perSector && list.length < count; i++) list.push(view.getUint32(offset + i * 4, true));
    difatSector = view.getUint32(offset + perSector * 4, true);
  }
  return list;
}

function readChain(cfb: TCfb, start: number): number[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let sector = start; sector < END_OF_CHAIN && !seen.has(sector); sector = nextSector(cfb, sector)) {
    if (sectorOffset(cfb, sector) === null) return [];
    seen.add(sector);
    chain.push(sector);
  }
  return chain;
}

function nextSector(cfb: TCfb, sector: number): number {
  const perFatSector = cfb.sectorSize / 4;
  const fatSector = cfb.fatSectors[Math.floor(sector / perFatSector)];
  const offset = fatSector === undefined ? null : sectorOffset(cfb, fatSector);
  return offset === null ? END_OF_CHAIN : cfb.view.getUint32(offset + (sector % perFatSector) * 4, true);
}

function sectorOffset(cfb: TCfb, sector: number): number | null {
  const offset = (sector + 1) * cfb.sectorSize;
  return offset + cfb.sectorSize <= cfb.view.byteLength ? offset : null;
}

type TEntry = { name: string; type: number; left: number; right: number; child: number };

function entriesOfSector(cfb: TCfb, sector: number): TEntry[] {
  const base = sectorOffset(cfb, sector)!;
  const entries: TEntry[] = [];
  for (let offset = base; offset < base + cfb.sectorSize; offset += DIRECTORY_ENTRY_SIZE) {
    const nameBytes = Math.min(cfb.view.getUint16(offset + 0x40, true), 64);
    const name = NAME_DECODER.decode(new Uint8Array(cfb.view.buffer, cfb.view.byteOffset + offset, Math.max(0, nameBytes - 2)));
    entries.push({
      name,
      type: cfb.view.getUint8(offset + 0x42),
      left: cfb.view.getUint32(offset + 0x44, true),
      right: cfb.view.getUint32(offset + 0x48, true),
      child: cfb.view.getUint32(offset + 0x4c, true),
    });
  }
  return entries;
}

/** Every entry of one storage: its children form a tree linked by left/right sibling ids. */
function walkSiblings(entries: TEntry[], first: number): TEntry[] {
  const found: TEntry[] = [];
  const seen = new Set<number>();
  const pending = [first];
  while (pending.length > 0) {
    const id = pending.pop()!;
    const entry = entries[id];
    if (id === NO_STREAM || seen.has(id) || !entry) continue;
    seen.add(id);
    if (entry.type === 1 || entry.type === 2) found.push(entry);
    pending.push(entry.left, entry.right);
  }
  return found;
}
