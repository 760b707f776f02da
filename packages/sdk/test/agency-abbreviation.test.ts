import { describe, expect, it } from 'vitest';
import { AgencySchema, validate } from '../src/index.js';

const agency = { id: 'x.so-y-te', name: { vi: 'Sở Y tế' }, kind: 'department', level: 'province' } as const;

describe('Agency abbreviation (chữ viết tắt trong ký hiệu văn bản)', () => {
  it('is optional and kept as given', () => {
    expect(validate(AgencySchema, agency).success).toBe(true);
    const r = validate(AgencySchema, { ...agency, abbreviation: 'SGDĐT' });
    expect(r.success && r.data.abbreviation).toBe('SGDĐT');
  });
  it('refuses what cannot stand in a document code, naming the field', () => {
    for (const bad of ['syt', 'S YT', 'BC-SYT', '', 'SỞYTẾ', 'ABCDEFGHIJKLM']) {
      const r = validate(AgencySchema, { ...agency, abbreviation: bad });
      expect(r.success).toBe(false);
      if (!r.success) expect(r.errors[0]?.path).toBe('abbreviation');
    }
  });
});
