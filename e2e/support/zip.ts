/**
 * Lists the file names in a ZIP archive by reading its central directory
 * (enough to check what an archive contains without extracting it).
 */
export function zipEntryNames(zip: Buffer): string[] {
  const endOfCentralDirectory = 0x06054b50;
  let end = -1;
  // the end record is in the last 64 KiB + 22 bytes (a comment may follow it)
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === endOfCentralDirectory) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a ZIP archive: no end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`broken central directory entry ${n}`);
    const flags = zip.readUInt16LE(offset + 8);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const raw = zip.subarray(offset + 46, offset + 46 + nameLength);
    // bit 11: UTF-8 names; otherwise CP437, which equals latin1 for ASCII names
    names.push(raw.toString(flags & 0x800 ? 'utf8' : 'latin1'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * The entries of a ZIP whose entries are stored (not deflated), as the proxy writes them: name and
 * bytes, read through the central directory's local header offsets.
 */
export function storedZipEntries(zip: Buffer): { name: string; data: Buffer }[] {
  const names = zipEntryNames(zip);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let offset = zip.readUInt32LE(end + 16);
  return names.map((name) => {
    const method = zip.readUInt16LE(offset + 10);
    if (method !== 0) throw new Error(`entry ${name} is not stored (method ${method})`);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    offset += 46 + nameLength + extraLength + commentLength;
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    return { name, data: zip.subarray(dataStart, dataStart + size) };
  });
}
