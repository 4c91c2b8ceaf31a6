import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/data/read/repairMojibake';

const repair = (text: string): string => repairMojibake(text).text;

describe('repairMojibake', () => {
  it('repairMojibake(text) leaves clean text, accents and curly quotes alone and says nothing was repaired', () => {
    for (const text of [
      'Plain Clinic',
      'Río Claro Clínica',
      'Harbor “North” Labs',
      'Children’s Hospital – East',
      'Who Cares? Clinic?',
    ]) {
      expect(repairMojibake(text), text).toEqual({ text, repaired: false });
    }
  });

  it('repairMojibake(text) restores double-encoded ’ “ ” – whose last bytes were lost to ???', () => {
    expect(repair('Example Corporation (â€™???EXâ€™???Â\u009d)')).toBe(
      'Example Corporation (“EX”)',
    );
    expect(repair('Grove Childrenâ€™???s Home')).toBe('Grove Children’s Home');
    expect(repair('Northgate Health â€™??? Eastside')).toBe('Northgate Health – Eastside');
    expect(repair('Holding LLC d/b/a â€™???Care At Home"')).toBe(
      'Holding LLC d/b/a “Care At Home"',
    );
  });

  it('repairMojibake(text) restores the windows-1252 read of the MySQL copy (ƒ?? and ƒ?\\u009d)', () => {
    expect(repair('Pine Clinic (ƒ??PCƒ?\u009d)')).toBe('Pine Clinic (“PC”)');
    expect(repair('Oak Physiciansƒ?? Group')).toBe('Oak Physicians’ Group');
    expect(repair('Valley Center ƒ?? North')).toBe('Valley Center – North');
    expect(repair('Hearth ƒ??n Home')).toBe('Hearth ‘n Home');
  });

  it('repairMojibake(text) restores ® and known Spanish letters lost to ??, and the no-break space lost to ?ÿ', () => {
    expect(repair('scripts??, LLC')).toBe('scripts®, LLC');
    expect(repair('Centers of Care?? (CoC)')).toBe('Centers of Care® (CoC)');
    expect(repair('Laboratorio Cl??nico Norte')).toBe('Laboratorio Clínico Norte');
    expect(repair('Surgery Center?ÿ')).toBe('Surgery Center\u00a0');
  });

  it("repairMojibake(text) turns the portal's own lost apostrophes (U+FFFD runs, \\u0019) into ’", () => {
    expect(repair('St. Ann\uFFFD\uFFFD\uFFFDs Hospital')).toBe('St. Ann’s Hospital');
    expect(repair('St. Ann‹¨«‹¨«‹¨«s Hospital')).toBe('St. Ann’s Hospital');
    expect(repair('Elm Children\u0019s Center')).toBe('Elm Children’s Center');
  });

  it('repairMojibake(text) reverses generic UTF-8-read-as-windows-1252 text and reports the repair', () => {
    expect(repairMojibake('CafÃ© Clinic â€“ Main')).toEqual({
      text: 'Café Clinic – Main',
      repaired: true,
    });
    expect(repair('Careâ€™s')).toBe('Care’s');
  });
});
