import { describe, expect, it } from 'vitest';
import { dot, normalise, shardPaths, weightBytes, type ModelJson } from './embedder';

const model: ModelJson = {
  modelTopology: {},
  weightsManifest: [
    {
      paths: ['group1-shard1of2', 'group1-shard2of2'],
      weights: [
        { name: 'a', shape: [2, 3], dtype: 'float32' },
        { name: 'b', shape: [4], dtype: 'int32' },
      ],
    },
  ],
};

describe('the embedder helpers', () => {
  it('lists the weight shards in order and counts the bytes model.json describes', () => {
    expect(shardPaths(model)).toEqual(['group1-shard1of2', 'group1-shard2of2']);
    expect(weightBytes(model)).toBe(6 * 4 + 4 * 4);
  });
  it('normalises to unit length, so a dot product is the cosine', () => {
    const v = normalise(Float32Array.from([3, 4]));
    expect(Array.from(v)).toEqual([0.6000000238418579, 0.800000011920929]);
    expect(dot(v, v)).toBeCloseTo(1, 6);
    expect(Array.from(normalise(new Float32Array(2)))).toEqual([0, 0]);
  });
});
