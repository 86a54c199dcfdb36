import { crc32, deflateRawSync } from "node:zlib";

type TEntry = { name: string; data: Buffer; method: 0 | 8; crc: number; size: number; declaredSize: number };

/**
 * A zip whose last entry is `inflatedMb` MB of zeros, deflated (about 1 KB per
 * MB) and declaring only `declaredBytes` once inflated: the shape of the
 * 619 KB workbook that inflated to 600 MB (issue 11). Made in the test,
 * never committed as a file.
 */
export function buildZipBomb(parts: Record<string, string>, bombName: string, inflatedMb: number, declaredBytes = 1024): Uint8Array {
  const entries: TEntry[] = Object.entries(parts).map(([name, text]) => {
    const data = Buffer.from(text, "utf8");
    return { name, data, method: 0, crc: crc32(data), size: data.length, declaredSize: data.length };
  });
  const zeros = Buffer.alloc(inflatedMb * 1024 * 1024);
  entries.push({ name: bombName, data: deflateRawSync(zeros, { level: 9 }), method: 8, crc: crc32(zeros), size: zeros.length, declaredSize: declaredBytes });
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
