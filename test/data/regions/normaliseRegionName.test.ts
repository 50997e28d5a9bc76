import { describe, expect, it } from 'vitest';
import {
  analyseRegionName,
  normaliseRegionName,
} from '../../../src/data/regions/normaliseRegionName.ts';

describe('normaliseRegionName()', () => {
  it('normaliseRegionName() drops case, separators, administrative words and adjective endings', () => {
    expect(normaliseRegionName('  Акмолинская обл. ')).toBe('акмолинск');
    expect(normaliseRegionName('акмолинской области')).toBe('акмолинск');
    expect(normaliseRegionName('Akmola Region')).toBe('akmola');
    expect(normaliseRegionName('Almaty City')).toBe('almaty');
    expect(normaliseRegionName('City of Almaty')).toBe('almaty');
    expect(normaliseRegionName('г. Алматы')).toBe('алматы');
    expect(normaliseRegionName('Алматы қаласы')).toBe('алматы');
    expect(normaliseRegionName('область Абай')).toBe('абаи');
  });

  it('normaliseRegionName() joins the words a PDF broke apart (seed 002)', () => {
    expect(normaliseRegionName('Вос точ но-Ка за хс танс-кой об лас ти')).toBe(
      normaliseRegionName('Восточно-Казахстанская область'),
    );
  });

  it('normaliseRegionName() folds ё and Kazakh letters onto Russian look-alikes', () => {
    expect(normaliseRegionName('Ё')).toBe('е');
    expect(normaliseRegionName('ӘҒҚҢӨҰҮҺІ')).toBe('агкноуухи');
    expect(normaliseRegionName('Қостанай')).toBe(normaliseRegionName('Костанай'));
  });

  it('normaliseRegionName() removes Latin diacritics', () => {
    expect(normaliseRegionName('Aqtöbe')).toBe('aqtobe');
    expect(normaliseRegionName('Mangghystaū oblysy')).toBe('mangghystau');
  });
});

describe('analyseRegionName()', () => {
  it('analyseRegionName() reports the kind an administrative word implies', () => {
    expect(analyseRegionName('г. Алматы').kind).toBe('city');
    expect(analyseRegionName('Almaty city').kind).toBe('city');
    expect(analyseRegionName('Алматы облысы').kind).toBe('oblast');
    expect(analyseRegionName('Almaty Region').kind).toBe('oblast');
    expect(analyseRegionName('Almaty').kind).toBeUndefined();
  });

  it('analyseRegionName() gives transliterations one loose key', () => {
    const loose = (s: string) => analyseRegionName(s).loose;
    expect(loose('Актюбинская')).toBe(loose('Aktyubinsk'));
    expect(loose('Aktyubinskaya')).toBe(loose('Aktyubinsk'));
    expect(loose('Qaraghandy')).toBe(loose('Karagandi'));
    expect(loose('Мангистауская')).toBe(loose('Мангыстауская'));
    expect(loose('Jambyl')).toBe(loose('Zhambyl'));
  });
});
