import { describe, expect, it } from 'vitest';
import {
  type OrganizationRegistry,
  predecessorsOf,
  resolveAgency,
  resolveUnit,
  UnknownEntityError,
} from '../src/index.js';
import { registry } from './fixtures/reform-2025.js';

describe('resolveAgency across 2025', () => {
  it('keeps the Labour department the day before the split', () => {
    const r = resolveAgency(registry, 'dn.sldtbxh', '2025-02-28', { function: 'children' });
    expect(r).toMatchObject({ id: 'dn.sldtbxh', chain: [], ambiguous: false, alternatives: [] });
    expect(r.entity.name.vi).toBe('Sở LĐ-TB&XH Đắk Nông');
  });

  it('routes children to Health and labour to Home Affairs on the effective day', () => {
    const children = resolveAgency(registry, 'dn.sldtbxh', '2025-03-01', { function: 'children' });
    expect(children.id).toBe('dn.syt');
    expect(children.chain).toEqual([
      {
        fromId: 'dn.sldtbxh',
        toId: 'dn.syt',
        effective: '2025-03-01',
        kind: 'split',
        source: { title: 'Test fixture (illustrative)' },
      },
    ]);
    expect(resolveAgency(registry, 'dn.sldtbxh', '2025-03-01', { function: 'labour' }).id).toBe('dn.snv');
  });

  it('marks a split without a function as ambiguous, first successor plus alternatives', () => {
    const r = resolveAgency(registry, 'dn.sldtbxh', '2025-04-01');
    expect(r).toMatchObject({ id: 'dn.syt', ambiguous: true, alternatives: ['dn.snv'] });
  });

  it('follows the chain into Lâm Đồng from 2025-07-01', () => {
    expect(resolveAgency(registry, 'dn.sldtbxh', '2025-06-30', { function: 'children' }).id).toBe('dn.syt');
    const r = resolveAgency(registry, 'dn.sldtbxh', '2025-07-01', { function: 'children' });
    expect(r.id).toBe('ld.syt');
    expect(r.chain.map((s) => [s.fromId, s.toId, s.kind])).toEqual([
      ['dn.sldtbxh', 'dn.syt', 'split'],
      ['dn.syt', 'ld.syt', 'merger'],
    ]);
    expect(resolveAgency(registry, 'dn.sldtbxh', '2026-01-01', { function: 'labour' }).id).toBe('ld.snv');
    expect(resolveAgency(registry, 'dn.ubnd', '2026-01-01').id).toBe('ld.ubnd');
  });

  it('picks the largest share, and only follows a transfer for its function', () => {
    const base = { source: { title: 't' } };
    const r: OrganizationRegistry = {
      agencies: ['x', 'y', 'z', 'tt', 'vh'].map((id) => ({
        id,
        name: { vi: id },
        kind: 'department' as const,
        level: 'province' as const,
      })),
      units: [],
      agencySuccessions: [
        { ...base, fromId: 'x', toId: 'y', effective: '2025-03-01', kind: 'split', share: 0.3 },
        { ...base, fromId: 'x', toId: 'z', effective: '2025-03-01', kind: 'split', share: 0.7 },
        {
          ...base,
          fromId: 'tt',
          toId: 'vh',
          effective: '2025-03-01',
          kind: 'transfer',
          functions: ['press'],
        },
      ],
      unitSuccessions: [],
    };
    expect(resolveAgency(r, 'x', '2025-03-01')).toMatchObject({ id: 'z', ambiguous: false });
    expect(resolveAgency(r, 'tt', '2025-03-01').id).toBe('tt');
    expect(resolveAgency(r, 'tt', '2025-03-01', { function: 'press' }).id).toBe('vh');
  });

  it('stops on a cycle instead of hanging', () => {
    const base = { source: { title: 't' }, kind: 'rename' as const };
    const r: OrganizationRegistry = {
      agencies: ['a', 'b'].map((id) => ({
        id,
        name: { vi: id },
        kind: 'department' as const,
        level: 'province' as const,
      })),
      units: [],
      agencySuccessions: [
        { ...base, fromId: 'a', toId: 'b', effective: '2024-01-01' },
        { ...base, fromId: 'b', toId: 'a', effective: '2024-06-01' },
      ],
      unitSuccessions: [],
    };
    expect(resolveAgency(r, 'a', '2025-01-01')).toMatchObject({
      id: 'b',
      chain: [{ fromId: 'a', toId: 'b' }],
    });
  });

  it('throws a bilingual typed error for an unknown id and refuses a non-ISO date', () => {
    expect(() => resolveAgency(registry, 'nope', '2025-01-01')).toThrow(UnknownEntityError);
    try {
      resolveAgency(registry, 'nope', '2025-01-01');
    } catch (e) {
      expect((e as UnknownEntityError).code).toBe('unknown_agency');
      expect((e as UnknownEntityError).bilingual.vi).toContain('Không tìm thấy cơ quan');
    }
    expect(() => resolveAgency(registry, 'dn.syt', '1/7/2025')).toThrow(RangeError);
  });
});

describe('resolveUnit and predecessorsOf', () => {
  it('merges communes and abolishes districts on 2025-07-01', () => {
    expect(resolveUnit(registry, 'c.a', '2025-06-30').id).toBe('c.a');
    expect(resolveUnit(registry, 'c.a', '2025-07-01').id).toBe('c.ab');
    expect(resolveUnit(registry, 'c.a0', '2026-01-01').chain.map((s) => s.toId)).toEqual(['c.a', 'c.ab']);
    expect(resolveUnit(registry, 'd.gn', '2025-07-01')).toMatchObject({
      id: 'p.ld',
      chain: [{ kind: 'abolition' }],
    });
    expect(() => resolveUnit(registry, 'x', '2025-07-01')).toThrow(/not in the registry/);
  });

  it('lists every unit that passed into a merged unit, transitively, from the effective day', () => {
    expect(predecessorsOf(registry, 'c.ab', '2026-01-01')).toEqual(['c.a', 'c.b', 'c.a0']);
    expect(predecessorsOf(registry, 'c.ab', '2025-06-30')).toEqual([]);
    expect(predecessorsOf(registry, 'p.ld', '2025-07-01')).toEqual(['d.gn', 'd.cj', 'p.dn']);
    expect(predecessorsOf(registry, 'c.a', '2019-12-31')).toEqual([]);
  });
});
