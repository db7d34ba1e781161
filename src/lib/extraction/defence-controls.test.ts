import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTROLS, chainFromControls, controlsFromChain } from './defence-controls';
import { parseDefences } from './defences';

describe('defence controls', () => {
  it('write "none" with every box clear, and a chain in the standard order otherwise', () => {
    expect(chainFromControls(DEFAULT_CONTROLS)).toBe('none');
    const c = {
      ...DEFAULT_CONTROLS,
      round: { on: true, decimals: '2' },
      noise: { on: true, sigma: '0.05' },
      labels: { on: true },
      reverseSigmoid: { on: true, beta: '1', gamma: '0.1' },
    };
    expect(chainFromControls(c)).toBe('reverse-sigmoid:1,0.1+noise:0.05+round:2+labels');
    // Every chain the controls write is one the settings parse.
    expect(parseDefences(chainFromControls(c))).toHaveLength(4);
  });

  it('offer ART’s default parameters when a box is first ticked', () => {
    expect(DEFAULT_CONTROLS.round.decimals).toBe('3');
    expect(DEFAULT_CONTROLS.noise.sigma).toBe('0.2');
    expect(DEFAULT_CONTROLS.cutoff.value).toBe('0.25');
    expect([DEFAULT_CONTROLS.reverseSigmoid.beta, DEFAULT_CONTROLS.reverseSigmoid.gamma]).toEqual(['1', '0.1']);
  });

  it('read a chain back, round trip, and say when its order is not the standard one', () => {
    const read = controlsFromChain('noise:0.1+round:2');
    expect(read.standard).toBe(true);
    expect(read.controls.noise).toEqual({ on: true, sigma: '0.1' });
    expect(read.controls.round).toEqual({ on: true, decimals: '2' });
    expect(chainFromControls(read.controls)).toBe('noise:0.1+round:2');
    expect(controlsFromChain('round:2+noise:0.1').standard).toBe(false);
    expect(controlsFromChain('round:2+round:3').standard).toBe(false);
    expect(controlsFromChain('none').standard).toBe(true);
    expect(controlsFromChain('  ').standard).toBe(true);
  });

  it('keep what was typed for a defence switched off, and list parts they do not know', () => {
    const typed = controlsFromChain('noise:0.7').controls;
    const off = controlsFromChain('none', typed).controls;
    expect(off.noise).toEqual({ on: false, sigma: '0.7' });
    const odd = controlsFromChain('labels+steal:3');
    expect(odd.unknown).toEqual(['steal:3']);
    expect(odd.standard).toBe(false);
    // Bad values stay as typed, for parseSettings to word the error.
    expect(controlsFromChain('round:lots').controls.round).toEqual({ on: true, decimals: 'lots' });
  });
});
