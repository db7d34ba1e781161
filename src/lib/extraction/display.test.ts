import { describe, expect, it } from 'vitest';
import { detectionText, fixed3, formatDuration, watermarkCapacityText } from './display';
import { parseSettings } from './settings';

describe('the simulator figures', () => {
  it('write three decimals, and a dash for a missing or infinite value', () => {
    expect(fixed3(0.99951)).toBe('1.000');
    expect(fixed3(0)).toBe('0.000');
    expect(fixed3(undefined)).toBe('–');
    expect(fixed3(NaN)).toBe('–');
    expect(fixed3(Infinity)).toBe('–');
  });

  it('write durations in s below 2 min, min below 2 h, h above (boundaries by hand)', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(119)).toBe('119 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(7199)).toBe('120 min');
    expect(formatDuration(7200)).toBe('2.0 h');
    expect(formatDuration(90_000)).toBe('25.0 h');
  });

  it('say when the detector raised its alarm, never did, or was not there', () => {
    const prada = parseSettings({ detector: 'prada' }).settings;
    const none = parseSettings({}).settings;
    expect(detectionText({ detectedAtQuery: 412, settings: prada })).toBe(412);
    expect(detectionText({ detectedAtQuery: null, settings: prada })).toBe('never');
    expect(detectionText({ detectedAtQuery: null, settings: none })).toBe('no detector');
  });
});

describe('watermarkCapacityText', () => {
  it('says why the ownership test cannot succeed, or what it would take, and nothing once proven', () => {
    expect(watermarkCapacityText({ proven: true, watermarked: 300, needed: 110, cannot: null })).toBe('');
    expect(
      watermarkCapacityText({ proven: false, watermarked: 40, needed: null, cannot: 'too-few-watermarked' }),
    ).toMatch(/^The test cannot succeed: with 40 watermarked answers/);
    expect(watermarkCapacityText({ proven: false, watermarked: 300, needed: 110, cannot: 'clone-capacity' })).toMatch(
      /a logistic regression draws one boundary .*\(110 of 300 would be needed\)/,
    );
    expect(watermarkCapacityText({ proven: false, watermarked: 300, needed: 110, cannot: null })).toBe(
      'It would take 110 of the 300.',
    );
    // A run saved before the verdict carried these fields.
    expect(watermarkCapacityText({ proven: false, watermarked: 300 })).toBe('');
  });
});
