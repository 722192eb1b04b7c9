import { formatFileSize } from './file-size';
import { FileSizePipe } from './file-size.pipe';

describe('formatFileSize', () => {
  it('formats bytes, kilobytes and megabytes', () => {
    expect(formatFileSize(0)).toBe('0 B');
    expect(formatFileSize(812)).toBe('812 B');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(48213)).toBe('47 KB');
    expect(formatFileSize(1468006)).toBe('1.4 MB');
    expect(formatFileSize(1048575)).toBe('1 MB');
  });

  it('returns an empty string for missing or invalid sizes', () => {
    expect(formatFileSize(undefined)).toBe('');
    expect(formatFileSize(null)).toBe('');
    expect(formatFileSize(-1)).toBe('');
    expect(formatFileSize(NaN)).toBe('');
  });

  it('is available as the cxExdFileSize pipe', () => {
    expect(new FileSizePipe().transform(2048)).toBe('2 KB');
  });
});
