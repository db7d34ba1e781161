import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter';

describe('splitFrontmatter', () => {
  it('splits the YAML between the first two --- lines from the body', () => {
    expect(splitFrontmatter('---\nid: a\ntitle: B\n---\n# Body\n\ntext\n')).toEqual({
      frontmatter: 'id: a\ntitle: B',
      body: '# Body\n\ntext\n',
    });
  });

  it('accepts Windows line endings and a file that ends right after the frontmatter', () => {
    expect(splitFrontmatter('---\r\nid: a\r\n---\r\nbody')).toEqual({ frontmatter: 'id: a', body: 'body' });
    expect(splitFrontmatter('---\nid: a\n---')).toEqual({ frontmatter: 'id: a', body: '' });
  });

  it('stops at the first closing line, so a --- rule in the body stays in the body', () => {
    expect(splitFrontmatter('---\nid: a\n---\none\n---\ntwo')).toEqual({ frontmatter: 'id: a', body: 'one\n---\ntwo' });
  });

  it('returns null without frontmatter at the very start', () => {
    expect(splitFrontmatter('# Title\n---\nid: a\n---\n')).toBeNull();
    expect(splitFrontmatter(' ---\nid: a\n---\n')).toBeNull();
    expect(splitFrontmatter('---\nid: a\n')).toBeNull();
    expect(splitFrontmatter('')).toBeNull();
  });
});
