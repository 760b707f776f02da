/**
 * The mocks' observations import and download with a disaggregation column (the sdk's
 * `TidyImportCheck`, as the server): a category stored by series, a column per dimension in the
 * download, a round trip that changes nothing, and a category the dimension lacks refused.
 */
import { createClient, ValidationFailedError } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { catalogBySex, createHandlers, createMockFetch, createMockState, demoToken } from '../src/index.js';
import { BASE, PLAN } from './helpers.js';

function setup() {
  const state = createMockState();
  const p = state.plans.get(PLAN)!;
  p.catalog = catalogBySex('qd23.2', { catalog: p.catalog, additive: false });
  const fetch = createMockFetch(createHandlers({ baseUrl: BASE, state }));
  const as = (username: string | null) =>
    createClient({ baseUrl: BASE, token: username ? demoToken(username) : null, fetch, retries: 0 });
  const csvText = async () =>
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      (await as(null).getObservations({ planId: PLAN })).data,
    );
  return { admin: as('admin'), csvText };
}

describe('importObservations (mocks) with a dimension column', () => {
  it('stores each series, downloads a column per dimension, and reads its download back unchanged', async () => {
    const { admin, csvText } = setup();
    const csv =
      'Year,Measure,Unit,Sex,Value\n2024,2,dak-nong.cu-jut,,77.25\n2024,2,dak-nong.cu-jut,Female,80\n';
    expect(await admin.importObservations({ planId: PLAN, csv })).toMatchObject({ added: 1, changed: 1 }); // The total replaces the demo's illustrative figure.;
    const text = await csvText();
    expect(text).toBe(
      '\ufeffYear,Measure,Unit,sex,Value,Numerator,Denominator,Source,Note\r\n' +
        '2024,2,dak-nong.cu-jut,,77.25,,,,\r\n2024,2,dak-nong.cu-jut,female,80,,,,\r\n',
    );
    expect(await admin.importObservations({ planId: PLAN, csv: text })).toMatchObject({
      added: 0,
      changed: 0,
      unchanged: 2,
    });
  });

  it('refuses a category the dimension lacks, naming row and column, and stores nothing', async () => {
    const { admin, csvText } = setup();
    const before = await csvText();
    const err = await admin
      .importObservations({ planId: PLAN, csv: 'Year,Measure,Unit,sex,Value\n2024,2,dak-nong.cu-jut,x,80\n' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationFailedError);
    expect((err as ValidationFailedError).fieldErrors.map((e) => e.path)).toEqual(['row.2.sex']);
    expect(await csvText()).toBe(before);
  });
});
